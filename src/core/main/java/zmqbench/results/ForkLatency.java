package zmqbench.results;

/**
 * The round-trip percentiles of one fork; both null where a scenario has no round trips
 * (throughput) or the fork failed.
 *
 * @param rttNs round-trip latency (latency; open-loop: from the intended send time, corrected for
 *     coordinated omission)
 * @param rttUncorrectedNs open-loop: round trips timed from each message's actual send (coordinated
 *     omission not corrected); else null
 */
public record ForkLatency(LatencySummary rttNs, LatencySummary rttUncorrectedNs) {

    /** No round trips. */
    public static final ForkLatency NONE = new ForkLatency(null, null);
}
