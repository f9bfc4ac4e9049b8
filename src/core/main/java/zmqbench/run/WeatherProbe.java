package zmqbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zmqbench.results.Weather;
import zmqbench.threads.TaskSnapshot;
import zmqbench.threads.ThreadCosts;

/**
 * The machine around one slice, read from /proc before and after it (never during: the parent
 * reads while the pair waits for its line or after it has answered). What the other processes
 * took from the CPUs is what marks a slice disturbed: per-CPU busy time from /proc/stat (in
 * USER_HZ ticks, 10 ms on Linux) less the pair's own run time (its threads' schedstat, in ns).
 * The pair's involuntary context switches and its threads' time runnable but waiting for a CPU
 * come with it, the hypervisor's steal time, and the 1-minute load average; and each worker's
 * threads by class ({@link TaskSnapshot}), so that a fork's accounting covers its slices only.
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

    /**
     * What was read at one instant: machine-wide busy and steal time, and each worker's threads
     * (in the order of the pids read).
     */
    record Reading(long clockNs, long busyNs, long stealNs, List<TaskSnapshot> pair, double loadAverage) {

        long pairRunNs() {
            return pair.stream().mapToLong(TaskSnapshot::runNs).sum();
        }

        long pairWaitNs() {
            return pair.stream().mapToLong(TaskSnapshot::waitNs).sum();
        }

        long pairInvoluntary() {
            return pair.stream().mapToLong(TaskSnapshot::involuntarySwitches).sum();
        }

        /** What each worker's threads spent, by class, from {@code before} to this reading. */
        List<ThreadCosts> pairSince(Reading before) {
            List<ThreadCosts> spent = new ArrayList<>();
            for (int i = 0; i < pair.size() && i < before.pair.size(); i++) {
                spent.add(pair.get(i).since(before.pair.get(i)));
            }
            return spent;
        }
    }

    /** The machine now, and the threads of {@code pairPids} (a worker that has exited has none). */
    Reading read(List<Long> pairPids, long clockNs) {
        long[] cpu = cpuTotals();
        List<TaskSnapshot> pair = new ArrayList<>();
        for (long pid : pairPids) {
            pair.add(TaskSnapshot.read(proc.resolve(Long.toString(pid)).resolve("task")));
        }
        return new Reading(clockNs, cpu[0], cpu[1], pair, loadAverage());
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

    private static long parse(String[] fields, int index) {
        return index < fields.length ? Long.parseLong(fields[index]) : 0;
    }
}
