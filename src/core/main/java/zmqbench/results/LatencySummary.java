package zmqbench.results;

/**
 * Percentiles of a latency distribution in nanoseconds. Round trip unless the field that holds
 * it says otherwise. {@code p9999} is -1 when the sample count is too small to support it.
 */
public record LatencySummary(
        long count, long min, long p50, long p90, long p99, long p999, long p9999, long max,
        double mean, double stddev) {
}
