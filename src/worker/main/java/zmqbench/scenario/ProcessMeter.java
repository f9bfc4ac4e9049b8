package zmqbench.scenario;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the whole process spends over the timed interval: CPU time of every thread (ZeroMQ's I/O
 * threads included), heap bytes allocated by every thread, and garbage collections.
 */
public final class ProcessMeter {

    private final boolean enabled;
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Map<String, Long> cpuStartByThread = Map.of();
    private long gcCountStart;
    private long gcMillisStart;
    private Map<String, Long> allocatedStart = Map.of();

    private long cpuNs;
    private long allocBytes;
    private long gcCount;
    private long gcNs;

    private ProcessMeter(boolean enabled) {
        this.enabled = enabled;
    }

    /** A meter for the peer that owns the timed interval. */
    public static ProcessMeter forProcess() {
        return new ProcessMeter(true);
    }

    /** A meter that records nothing, for the other peer of a two-thread (inproc) worker. */
    public static ProcessMeter none() {
        return new ProcessMeter(false);
    }

    public void start() {
        if (!enabled) {
            return;
        }
        allocatedStart = allocatedByThread();
        gcCountStart = totalCollections();
        gcMillisStart = gcMillis();
        cpuStartByThread = cpuByThread();
    }

    public void stop() {
        if (!enabled) {
            return;
        }
        cpuNs = delta(cpuStartByThread, cpuByThread());
        gcCount = totalCollections() - gcCountStart;
        gcNs = (gcMillis() - gcMillisStart) * 1_000_000L;
        allocBytes = delta(allocatedStart, allocatedByThread());
    }

    public long cpuNs() {
        return cpuNs;
    }

    public long allocBytes() {
        return allocBytes;
    }

    public long gcCount() {
        return gcCount;
    }

    private static long totalCollections() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    public long gcNs() {
        return gcNs;
    }

    /**
     * CPU time of each thread of the process in ns, from /proc/self/task/N/schedstat: the JVM's own
     * process CPU time comes in 10 ms clock ticks, too coarse for a per-message figure. GC and JIT
     * threads are included. Without /proc, the JVM's coarse figure is all there is.
     */
    private Map<String, Long> cpuByThread() {
        Map<String, Long> byThread = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                long ns = threadCpuNs(task);
                if (ns >= 0) {
                    byThread.put(task.getFileName().toString(), ns);
                }
            }
        } catch (IOException e) {
            return Map.of("process", os.getProcessCpuTime());
        }
        return byThread;
    }

    /** The first field of schedstat, time on the CPU in ns; -1 for a thread that just ended. */
    private static long threadCpuNs(Path task) {
        try {
            String schedstat = Files.readString(task.resolve("schedstat"));
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * What threads alive at the end spent since the start: a thread started in between counts
     * whole, one that ended in between (the JVM retires idle JIT threads) loses its share, so the
     * figure never goes negative.
     */
    private static long delta(Map<String, Long> start, Map<String, Long> end) {
        long total = 0;
        for (Map.Entry<String, Long> thread : end.entrySet()) {
            total += Math.max(0, thread.getValue() - start.getOrDefault(thread.getKey(), 0L));
        }
        return total;
    }

    /** Peak resident set of this process in KiB (VmHWM), or -1 where /proc is absent. */
    public static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long gcMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    private Map<String, Long> allocatedByThread() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<String, Long> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(Long.toString(ids[i]), bytes[i]);
            }
        }
        return byThread;
    }
}
