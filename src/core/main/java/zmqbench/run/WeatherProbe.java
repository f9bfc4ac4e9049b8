package zmqbench.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import zmqbench.results.Weather;

/**
 * The machine around one slice, read from /proc before and after it (never during: the parent
 * reads while the pair waits for its line or after it has answered). What the other processes
 * took from the CPUs is what marks a slice disturbed: per-CPU busy time from /proc/stat (in
 * USER_HZ ticks, 10 ms on Linux) less the pair's own run time (its threads' schedstat, in ns).
 * The pair's involuntary context switches and its threads' time runnable but waiting for a CPU
 * come with it, the hypervisor's steal time, and the 1-minute load average.
 */
final class WeatherProbe {

    /** Linux reports /proc/stat in USER_HZ, which is 100 on every architecture it runs on. */
    private static final long NS_PER_TICK = 10_000_000L;
    private final Path proc;

    WeatherProbe(Path proc) {
        this.proc = proc;
    }

    static WeatherProbe system() {
        return new WeatherProbe(Path.of("/proc"));
    }

    /** What was read at one instant: machine-wide busy and steal time, and the pair's counters. */
    record Reading(long clockNs, long busyNs, long stealNs, long pairRunNs, long pairWaitNs, long pairInvoluntary,
                   double loadAverage) {
    }

    Reading read(List<Long> pairPids, long clockNs) {
        long[] cpu = cpuTotals();
        long run = 0;
        long wait = 0;
        long involuntary = 0;
        for (long pid : pairPids) {
            Path tasks = proc.resolve(Long.toString(pid)).resolve("task");
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
                for (Path thread : threads) {
                    long[] schedstat = schedstat(thread);
                    run += schedstat[0];
                    wait += schedstat[1];
                    involuntary += involuntarySwitches(thread);
                }
            } catch (IOException e) {
                // a worker that has exited has nothing left to count
            }
        }
        return new Reading(clockNs, cpu[0], cpu[1], run, wait, involuntary, loadAverage());
    }

    static Weather between(Reading before, Reading after) {
        long pairRun = after.pairRunNs() - before.pairRunNs();
        long busy = after.busyNs() - before.busyNs();
        return new Weather(after.clockNs() - before.clockNs(), Math.max(0, busy - pairRun),
                after.stealNs() - before.stealNs(), pairRun, after.pairWaitNs() - before.pairWaitNs(),
                after.pairInvoluntary() - before.pairInvoluntary(), after.loadAverage());
    }

    /** The 1-minute load average; 0 without /proc. */
    private double loadAverage() {
        try {
            String[] f = Files.readString(proc.resolve("loadavg")).trim().split("\\s+");
            return Double.parseDouble(f[0]);
        } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return 0.0;
        }
    }

    /** Busy (user, nice, system) and steal time of all CPUs, ns; zeros without /proc. */
    private long[] cpuTotals() {
        try {
            for (String line : Files.readAllLines(proc.resolve("stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    // irq and softirq are left out: loopback tcp's softirq work is the pair's own
                    long busy = parse(f, 1) + parse(f, 2) + parse(f, 3);
                    return new long[] {busy * NS_PER_TICK, parse(f, 8) * NS_PER_TICK};
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to judge a slice by
        }
        return new long[] {0, 0};
    }

    /** A thread's time on a CPU and time runnable but waiting, ns (schedstat); zeros if gone. */
    private static long[] schedstat(Path thread) {
        try {
            String[] f = Files.readString(thread.resolve("schedstat")).trim().split("\\s+");
            return new long[] {parse(f, 0), parse(f, 1)};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    private static long involuntarySwitches(Path thread) {
        try {
            for (String line : Files.readAllLines(thread.resolve("status"))) {
                if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a thread that has exited
        }
        return 0;
    }

    private static long parse(String[] fields, int index) {
        return index < fields.length ? Long.parseLong(fields[index]) : 0;
    }
}
