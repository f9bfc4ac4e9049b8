package zmqbench.protocol;

import java.util.List;

/**
 * What one crossing micro-benchmark measured: the record a worker prints,
 * {@code {"event":"crossing",...}} (snake_case in JSON). See {@link CrossingSpec}.
 *
 * @param call the libzmq function called; null for a backend that makes no native calls (then
 *     {@code batches} is empty and {@code ns_per_call} null)
 * @param calls calls per batch
 * @param warmupBatches batches run before the measured ones
 * @param warmupNs how long the warm-up took
 * @param steadyState how the warm-up ended: {@code steady}, or {@code not steady} at its cap
 * @param batches ns per call of each measured batch, in order
 * @param nsPerCall the median of {@code batches}
 * @param sink the sum of every result: printed so that no call can be optimised away
 */
public record CrossingRecord(
        String event,
        String backend,
        String backendVersion,
        String libzmqVersion,
        String call,
        int calls,
        int warmupBatches,
        long warmupNs,
        String steadyState,
        List<Double> batches,
        double nsPerCall,
        long sink) {

    public static final String EVENT = "crossing";
}
