package zmqbench.scenario;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import zmqbench.backend.CrossingCounter;
import zmqbench.threads.TaskSnapshot;
import zmqbench.threads.ThreadClassCost;
import zmqbench.threads.ThreadCosts;

/**
 * What the whole process spends over the timed interval: CPU time of every thread (ZeroMQ's I/O
 * threads included), each class of thread's CPU, context switches, migrations and wait for a CPU
 * ({@link TaskSnapshot}), heap bytes allocated by every thread, garbage collections and JIT
 * compilation. The meter's own reads allocate (directory listings, strings): the allocation
 * counters are read last at the start and first at the stop, so that none of that is counted, and
 * a meter reads everything once when it is made, so that class loading and cold code stay out of
 * the first phase boundary.
 */
public final class ProcessMeter {

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private final boolean enabled;
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private TaskSnapshot tasksStart;
    private long processCpuStart;
    private long gcCountStart;
    private long gcMillisStart;
    private long[] allocatedStartIds = new long[0];
    private long[] allocatedStart = new long[0];
    private long jitMillisStart;

    private long cpuNs;
    private ThreadCosts threadCosts = ThreadCosts.NONE;
    private long allocBytes;
    private long gcCount;
    private long gcNs;
    private long jitNs = -1;
    private long jitMeasuredNs = -1;
    private long crossingsStart = -1;
    private long crossings = -1;
    /** Set by another thread; the metered thread sees it between two messages and starts again. */
    private volatile boolean restartRequested;

    private ProcessMeter(boolean enabled) {
        this.enabled = enabled;
    }

    /** A meter for the peer that owns the timed interval, its reads warmed up once. */
    public static ProcessMeter forProcess() {
        ProcessMeter meter = new ProcessMeter(true);
        meter.start();
        meter.stop();
        return meter;
    }

    /** A meter that records nothing, for the other peer of a two-thread (inproc) worker. */
    public static ProcessMeter none() {
        return new ProcessMeter(false);
    }

    /**
     * Asks the thread that runs the metered loop to {@link #start} again at its next message: the
     * parent's word that the measurement begins, for a peer that cannot tell (the echo of a sliced
     * pair). Safe from any thread; the meter's own reads stay on the metered thread.
     */
    public void requestRestart() {
        restartRequested = true;
    }

    /** True once {@link #requestRestart} was called and {@link #start} has not run since. */
    public boolean restartRequested() {
        return restartRequested;
    }

    public void start() {
        restartRequested = false;
        if (!enabled) {
            return;
        }
        tasksStart = TaskSnapshot.now();
        processCpuStart = os.getProcessCpuTime();
        gcCountStart = totalCollections();
        gcMillisStart = gcMillis();
        jitMillisStart = jitMillis();
        crossingsStart = CrossingCounter.total();
        allocatedStartIds = threads.getAllThreadIds();
        allocatedStart = threads.getThreadAllocatedBytes(allocatedStartIds); // allocates its result before reading
    }

    public void stop() {
        if (!enabled) {
            return;
        }
        long[] endIds = threads.getAllThreadIds();
        long[] allocatedEnd = threads.getThreadAllocatedBytes(endIds);
        long jitEnd = jitMillis();
        crossings = crossingsStart < 0 ? -1 : CrossingCounter.total() - crossingsStart;
        gcCount = totalCollections() - gcCountStart;
        gcNs = (gcMillis() - gcMillisStart) * 1_000_000L;
        TaskSnapshot tasksEnd = TaskSnapshot.now();
        threadCosts = tasksEnd.since(tasksStart);
        ThreadClassCost all = threadCosts.total();
        cpuNs = tasksStart.empty() || all == null ? os.getProcessCpuTime() - processCpuStart : all.runNs();
        allocBytes = allocatedSince(endIds, allocatedEnd);
        jitNs = jitEnd < 0 ? -1 : jitEnd * 1_000_000L;
        jitMeasuredNs = jitEnd < 0 ? -1 : (jitEnd - jitMillisStart) * 1_000_000L;
    }

    /**
     * JIT compilation time of the process so far in ms (CompilationMXBean), or -1 where the JVM
     * does not measure it. Allocates nothing: the steady-state test reads it at every window.
     */
    public static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : -1;
    }

    /**
     * What the steady-state test watches of the JIT, ms so far: the CPU time of the compiler
     * threads where /proc has it, else {@link #jitMillis()}. The compilation time grows only when
     * a compilation ends, by its wall time: pinned to one CPU beside the loop and ZeroMQ's I/O
     * thread, a long C2 compilation runs for a second or more and shows nothing while it runs,
     * so the warm-up could end in the middle of it. The compiler threads' CPU time grows while it
     * runs. Reads /proc (allocating): the warm-up's window ends only, never in the measurement.
     */
    public static long jitActivityMillis() {
        long ns = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                if (compilerThread(task)) {
                    ns += Math.max(0, threadCpuNs(task));
                }
            }
        } catch (IOException e) {
            return jitMillis();
        }
        return ns / 1_000_000;
    }

    /** HotSpot's "C1 CompilerThread0", "C2 CompilerThread1", ... (comm keeps 15 characters). */
    private static boolean compilerThread(Path task) {
        try {
            return Files.readString(task.resolve("comm")).contains("CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    /** JIT compilation time of the process up to the stop, ns; -1 when not measured. */
    public long jitNs() {
        return jitNs;
    }

    /** JIT compilation time between start and stop, ns; -1 when not measured. */
    public long jitMeasuredNs() {
        return jitMeasuredNs;
    }

    /** Native crossings between start and stop ({@link CrossingCounter}); -1 when not counted. */
    public long crossings() {
        return crossings;
    }

    /** Each class of thread's figures between start and stop; none without /proc. */
    public ThreadCosts threadCosts() {
        return threadCosts;
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

    /** The first field of schedstat, time on the CPU in ns; -1 for a thread that just ended. */
    private static long threadCpuNs(Path task) {
        try {
            String schedstat = Files.readString(task.resolve("schedstat"));
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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

    /** As {@link #delta}, by thread id: a thread started in between counts whole. */
    private long allocatedSince(long[] endIds, long[] allocatedEnd) {
        long total = 0;
        for (int i = 0; i < endIds.length; i++) {
            if (allocatedEnd[i] < 0) {
                continue;
            }
            long start = 0;
            for (int j = 0; j < allocatedStartIds.length; j++) {
                if (allocatedStartIds[j] == endIds[i]) {
                    start = Math.max(0, allocatedStart[j]);
                    break;
                }
            }
            total += Math.max(0, allocatedEnd[i] - start);
        }
        return total;
    }
}
