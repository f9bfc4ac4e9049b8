package zmqbench.diff;

import zmqbench.results.Estimate;

/**
 * How a backend's ratio to the baseline changed between two sets: ratio<sub>B</sub> /
 * ratio<sub>A</sub>, with a 95% interval that combines both ratios' intervals. The sets are taken
 * as independent: on the log scale the half-widths add in quadrature, as the standard errors of
 * the two sets' forks do for an absolute figure ({@link zmqbench.stats.Ratio}). The lower and upper
 * sides are combined apart (B's lower with A's upper, and the reverse): a ratio's interval widened
 * to include its point is not symmetric.
 */
final class RatioChange {

    private RatioChange() {
    }

    /**
     * {@code after} / {@code before}, or null when either ratio is not a positive finite number (its
     * logarithm is needed). {@link Estimate#forks()} is the smaller of the two.
     */
    static Estimate between(Estimate before, Estimate after) {
        if (!positive(before.median()) || !positive(after.median())) {
            return null;
        }
        double center = Math.log(after.median()) - Math.log(before.median());
        double down = Math.hypot(downward(after), upward(before));
        double up = Math.hypot(upward(after), downward(before));
        return new Estimate(Math.exp(center), Math.exp(center - down), Math.exp(center + up),
                Math.min(before.forks(), after.forks()));
    }

    /** The log-scale distance from the point down to the interval's lower end (infinite at 0). */
    private static double downward(Estimate ratio) {
        return Math.log(ratio.median()) - Math.log(Math.max(0.0, Math.min(ratio.lower(), ratio.median())));
    }

    /** The log-scale distance from the point up to the interval's upper end. */
    private static double upward(Estimate ratio) {
        return Math.log(Math.max(ratio.upper(), ratio.median())) - Math.log(ratio.median());
    }

    private static boolean positive(double value) {
        return value > 0.0 && Double.isFinite(value);
    }
}
