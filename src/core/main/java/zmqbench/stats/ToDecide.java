package zmqbench.stats;

import zmqbench.results.Estimate;

/**
 * What an undecided ratio would take to be decided at the margin. Its interval must come to lie
 * wholly on one side of the bound of 1 ± margin it reaches across, so its half-width (on the log
 * scale, where the intervals are symmetric) must fall to the distance from its centre to that
 * bound. A variance falls as one over the data, so that takes (half-width / distance)² times this
 * run's data, Student's t held as it is (more data also lowers t: an upper estimate), and the
 * centre where it is (it moves with more data). For a sliced ratio, more rounds narrow only the
 * rounds' part; the forks' part needs more pairs: when that part alone is wider than the
 * distance, rounds alone cannot decide it.
 *
 * <p>A ratio whose truth lies on a bound is never decided, however long the run: near a bound the
 * factor is large, and that is the answer (read the interval).
 *
 * @param bound the bound the interval reaches across (0.95 or 1.05 at ±5%)
 * @param distance the centre's distance from it, relative (0.021: 2.1%)
 * @param dataFactor how many times this run's data, pairs and rounds alike (at least 1; infinite
 *                   when the centre lies on the bound)
 * @param roundsFactor how many times this run's rounds with the pairs as they are; infinite when
 *                     rounds alone cannot; NaN when not known (a ratio not measured in slices)
 */
public record ToDecide(double bound, double distance, double dataFactor, double roundsFactor) {

    /**
     * What {@code ratio} would take at {@code margin} (0.05 = ±5%), or null when it is decided or
     * has no finite interval.
     *
     * @param split the ratio's variance by source ({@link SliceStats#split}), or null when it was not
     *              measured in slices
     */
    public static ToDecide of(Estimate ratio, double margin, SliceStats.Split split) {
        if (ratio == null || MarginVerdict.of(ratio, margin).decided() || !(ratio.lower() > 0.0)) {
            return null;
        }
        double low = Math.log(ratio.lower());
        double high = Math.log(ratio.upper());
        double centre = (low + high) / 2;
        double halfWidth = (high - low) / 2;
        double lowBound = Math.log(1.0 - margin);
        double highBound = Math.log(1.0 + margin);
        boolean nearHigh = centre >= highBound || (centre > lowBound && highBound - centre < centre - lowBound);
        double bound = nearHigh ? highBound : lowBound;
        double distance = Math.abs(centre - bound);
        double dataFactor = distance > 0.0 ? Math.max(1.0, square(halfWidth / distance)) : Double.POSITIVE_INFINITY;
        return new ToDecide(Math.exp(bound), Math.expm1(distance), dataFactor, roundsFactor(split, dataFactor));
    }

    /**
     * The rounds' part must fall to what is left of the target variance (this run's over
     * {@code dataFactor}) once the forks' part is counted; infinite when nothing is left.
     */
    private static double roundsFactor(SliceStats.Split split, double dataFactor) {
        if (split == null) {
            return Double.NaN;
        }
        double target = (split.rounds() + split.forks()) / dataFactor;
        double room = target - split.forks();
        if (!(room > 0.0)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(1.0, split.rounds() / room);
    }

    private static double square(double value) {
        return value * value;
    }
}
