package zmqbench.protocol;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What a measurement cost its process (one peer, {@link PeerRecord}), or all of a fork's peer
 * processes together ({@link #together}). -1: not measured (the JVM figures in the C worker).
 *
 * @param cpuNs user+sys CPU time over the timed interval
 * @param peakRssKb peak resident set size (VmHWM)
 * @param allocBytes heap bytes allocated over the timed interval, all threads
 * @param gcCount collections over the timed interval
 * @param gcNs collection time over the timed interval
 * @param jitNs total JIT compilation time up to the end of the measurement (CompilationMXBean)
 * @param jitMeasuredNs JIT compilation time inside the measured interval
 * @param nativeCrossings native calls the binding made on its message path over the timed interval,
 *     counted only in a counting run (-Dzmqbench.count.crossings=true); 0 for c (it calls libzmq
 *     directly), -1 when not counted
 */
public record Cost(long cpuNs, long peakRssKb, long allocBytes, long gcCount, long gcNs, long jitNs,
                   long jitMeasuredNs, long nativeCrossings) {

    /** Nothing measured. */
    public static final Cost UNMEASURED = new Cost(-1, -1, -1, -1, -1, -1, -1, -1);

    /**
     * Several processes' cost: times and counts summed (a figure one of them did not measure stays
     * -1), the largest peak resident set.
     */
    public static Cost together(List<Cost> processes) {
        return new Cost(sum(processes, Cost::cpuNs), max(processes, Cost::peakRssKb),
                sum(processes, Cost::allocBytes), sum(processes, Cost::gcCount), sum(processes, Cost::gcNs),
                sum(processes, Cost::jitNs), sum(processes, Cost::jitMeasuredNs),
                sum(processes, Cost::nativeCrossings));
    }

    private static long sum(List<Cost> processes, ToLongFunction<Cost> figure) {
        long sum = 0;
        for (Cost process : processes) {
            long value = figure.applyAsLong(process);
            if (value < 0) {
                return -1;
            }
            sum += value;
        }
        return sum;
    }

    private static long max(List<Cost> processes, ToLongFunction<Cost> figure) {
        return processes.stream().mapToLong(figure).max().orElse(-1);
    }
}
