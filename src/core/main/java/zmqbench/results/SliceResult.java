package zmqbench.results;

import java.util.List;
import zmqbench.threads.ThreadCosts;

/**
 * One slice of a sliced fork: what the timed side answered, and the machine around it.
 *
 * @param round the round it ran in (1, 2, ...): every pair of the cell runs one accepted slice a round
 * @param sequence its place in the cell's run of slices, across all pairs (1, 2, ...; a slice measured
 *     again takes the next): the order the cell's slices ran in; 0 in sets written before it
 * @param messages measured messages (round trips in latency cells)
 * @param elapsedNs throughput: the receiver's clock over them (rate = messages / elapsed); latency: their sum
 * @param p50Ns latency: the slice's median round trip; 0 for throughput
 * @param p99Ns latency: its 99th percentile; 0 for throughput
 * @param disturbed true when other processes took too much of the CPUs around it (see
 *     {@link Weather#disturbed}): kept and reported, never in the figures; the slice was measured again
 * @param weather the machine around it
 * @param peerThreads each peer's threads by class over its measured messages (the parent's reads
 *     around it, less the pre-roll's share; binder first); empty in sets written before it
 */
public record SliceResult(int round, int sequence, long messages, long elapsedNs, long p50Ns, long p99Ns,
                          boolean disturbed, Weather weather, List<ThreadCosts> peerThreads) {

    public SliceResult {
        peerThreads = peerThreads == null ? List.of() : List.copyOf(peerThreads);
    }

    /** A slice without its place in the run's sequence or per-thread accounting. */
    public SliceResult(int round, long messages, long elapsedNs, long p50Ns, long p99Ns, boolean disturbed,
                       Weather weather) {
        this(round, 0, messages, elapsedNs, p50Ns, p99Ns, disturbed, weather, List.of());
    }

    /** Delivered messages per second (throughput), or 0 without a measured interval. */
    public double messagesPerSecond() {
        return elapsedNs > 0 ? messages * 1e9 / elapsedNs : 0.0;
    }
}
