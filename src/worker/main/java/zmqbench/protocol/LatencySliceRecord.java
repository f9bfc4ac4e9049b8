package zmqbench.protocol;

/**
 * {@code {"event":"slice","messages":N,"elapsed_ns":E,"p50_ns":X,"p99_ns":Y}}: a latency pinger's
 * answer to a slice line; the same event as a throughput receiver's {@link SliceRecord}, with the
 * percentiles of the slice's own round trips.
 *
 * @param messages the slice's measured round trips: N of its slice line
 * @param elapsedNs the sum of those N round trips
 * @param p50Ns their median (the lower one of an even count), ns
 * @param p99Ns their 99th percentile (nearest rank), ns
 */
public record LatencySliceRecord(String event, long messages, long elapsedNs, long p50Ns, long p99Ns) {

    public LatencySliceRecord(long messages, long elapsedNs, long p50Ns, long p99Ns) {
        this(SliceRecord.EVENT, messages, elapsedNs, p50Ns, p99Ns);
    }
}
