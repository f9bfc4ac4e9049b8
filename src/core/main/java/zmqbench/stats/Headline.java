package zmqbench.stats;

import zmqbench.results.CellKey;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenarios.ScenarioType;

/**
 * The one figure that answers a cell's question, the one a comparison repeats forks for until its
 * interval is tight, as its scenario declares ({@link ScenarioType#headline()}).
 */
public final class Headline {

    private Headline() {
    }

    public static Figure figure(CellKey key) {
        return ScenarioType.of(key.scenario()).headline();
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

    /** Most rounds {@link #roundsNeeded} names; beyond it the answer is "more than this". */
    public static final int MOST_ROUNDS_NEEDED = 999;

    /**
     * About how many rounds an interval that reached {@code relativeHalfWidth} after {@code rounds}
     * needs to be within ±{@code precision}: the spread between forks read from the half-width as
     * if it were Student's t interval, s = h·√n / t(n-1), then the smallest n' with
     * t(n'-1)·s/√n' ≤ precision. An estimate (from 6 forks on, the interval is an order
     * statistic's, not t's), so that a user can tell a few more rounds from hopeless; at most
     * {@link #MOST_ROUNDS_NEEDED}, and 0 when there is nothing to estimate from (one round, an
     * infinite width, no precision).
     */
    public static int roundsNeeded(double relativeHalfWidth, int rounds, double precision) {
        if (rounds < 2 || !Double.isFinite(relativeHalfWidth) || !(precision > 0.0)) {
            return 0;
        }
        double spread = relativeHalfWidth * Math.sqrt(rounds) / StudentT.quantile975(rounds - 1);
        for (int n = 2; n <= MOST_ROUNDS_NEEDED; n++) {
            if (StudentT.quantile975(n - 1) * spread / Math.sqrt(n) <= precision) {
                return n;
            }
        }
        return MOST_ROUNDS_NEEDED;
    }

    /** True when the interval is within ±{@code precision} of the median (0.05 = ±5%). */
    public static boolean converged(Estimate estimate, double precision) {
        return relativeHalfWidth(estimate) <= precision;
    }
}
