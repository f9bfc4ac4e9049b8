package zmqbench.results;

/**
 * One slice of a sliced fork: what the timed side answered, and the machine around it.
 *
 * @param round the round it ran in (1, 2, ...): every pair of the cell runs one accepted slice a round
 * @param messages measured messages (round trips in latency cells)
 * @param elapsedNs throughput: the receiver's clock over them (rate = messages / elapsed); latency: their sum
 * @param p50Ns latency: the slice's median round trip; 0 for throughput
 * @param p99Ns latency: its 99th percentile; 0 for throughput
 * @param disturbed true when other processes took too much of the CPUs around it (see
 *     {@link Weather#disturbed}): kept and reported, never in the figures; the slice was measured again
 * @param weather the machine around it
 */
public record SliceResult(int round, long messages, long elapsedNs, long p50Ns, long p99Ns, boolean disturbed,
                          Weather weather) {

    /** Delivered messages per second (throughput), or 0 without a measured interval. */
    public double messagesPerSecond() {
        return elapsedNs > 0 ? messages * 1e9 / elapsedNs : 0.0;
    }
}
