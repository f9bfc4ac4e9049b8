package zmqbench.results;

import java.util.List;

/**
 * A cell's round trips, all forks' samples together; none (null, empty) without round trips.
 *
 * @param rttNs round-trip percentiles (latency; open-loop: timed from each message's intended send
 *     time, corrected for coordinated omission)
 * @param rttCurve the same distribution as a percentile curve, for charts
 * @param rttUncorrectedNs open-loop: round trips timed from the actual send, not corrected for
 *     coordinated omission; else null
 * @param rttUncorrectedCurve the same distribution as a percentile curve (open-loop only)
 */
public record CellLatency(
        LatencySummary rttNs,
        List<PercentilePoint> rttCurve,
        LatencySummary rttUncorrectedNs,
        List<PercentilePoint> rttUncorrectedCurve) {

    /** Null curves (absent from a file) read as empty ones. */
    public CellLatency {
        rttCurve = rttCurve == null ? List.of() : rttCurve;
        rttUncorrectedCurve = rttUncorrectedCurve == null ? List.of() : rttUncorrectedCurve;
    }
}
