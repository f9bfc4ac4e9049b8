package zmqbench.protocol;

/**
 * {@code {"event":"slice","messages":N,"elapsed_ns":E,"p50_ns":X,"p99_ns":Y}}: the timed side's
 * answer to a slice line (see the package documentation).
 *
 * @param messages the slice's measured messages or round trips: N of its slice line
 * @param elapsedNs throughput receiver: from the arrival of the pre-roll's last message to that of
 *     the N-th after it (rate = N / E); latency pinger: the sum of the N round trips
 * @param p50Ns latency: the median of the slice's own round trips (the lower one of an even
 *     count); 0 for throughput
 * @param p99Ns latency: their 99th percentile (nearest rank); 0 for throughput
 */
public record SliceRecord(String event, long messages, long elapsedNs, long p50Ns, long p99Ns) {

    public static final String EVENT = "slice";

    public SliceRecord(long messages, long elapsedNs, long p50Ns, long p99Ns) {
        this(EVENT, messages, elapsedNs, p50Ns, p99Ns);
    }
}
