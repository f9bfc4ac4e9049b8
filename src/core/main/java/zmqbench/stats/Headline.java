package zmqbench.stats;

import zmqbench.results.CellKey;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.ScenarioKind;

/**
 * The one figure that answers a cell's question, the one a comparison repeats forks for until its
 * interval is tight: the median round trip for latency (and open-loop), delivered messages per
 * second for throughput.
 */
public final class Headline {

    private Headline() {
    }

    public static Figure figure(CellKey key) {
        return ScenarioKind.parse(key.scenario()).roundTrips() ? Figure.RTT_P50 : Figure.MSGS_PER_SEC;
    }

    /**
     * The interval's half-width relative to the median: the farther of its two ends, so an
     * asymmetric interval counts by its wider side. Infinite for a single fork or a median of 0.
     */
    public static double relativeHalfWidth(Estimate estimate) {
        if (estimate.forks() < 2 || !(estimate.median() > 0.0)) {
            return Double.POSITIVE_INFINITY;
        }
        double half = Math.max(estimate.upper() - estimate.median(), estimate.median() - estimate.lower());
        return half / estimate.median();
    }

    /** True when the interval is within ±{@code precision} of the median (0.05 = ±5%). */
    public static boolean converged(Estimate estimate, double precision) {
        return relativeHalfWidth(estimate) <= precision;
    }
}
