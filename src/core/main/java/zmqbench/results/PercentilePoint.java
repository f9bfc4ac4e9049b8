package zmqbench.results;

/** One point of a latency percentile curve, as HdrHistogram's percentile distribution prints it. */
public record PercentilePoint(double percentile, long valueNs) {
}
