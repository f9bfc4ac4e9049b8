package zmqbench.stats;

import java.util.Locale;
import zmqbench.results.Estimate;

/**
 * What a ratio to the baseline says, judged against a margin the tool can resolve (its
 * calibration shows about ±5%): the same when the whole 95% interval lies within 1 ± margin;
 * higher or lower when the whole interval lies beyond it; undecided otherwise. A difference the
 * tool cannot resolve is never called faster or slower.
 */
public enum MarginVerdict {
    SAME, HIGHER, LOWER, UNDECIDED;

    /** The verdict on {@code ratio}'s interval at {@code margin} (0.05 = ±5%); UNDECIDED for null. */
    public static MarginVerdict of(Estimate ratio, double margin) {
        if (ratio == null || !Double.isFinite(ratio.upper())) {
            return UNDECIDED;
        }
        if (ratio.lower() >= 1.0 - margin && ratio.upper() <= 1.0 + margin) {
            return SAME;
        }
        if (ratio.lower() > 1.0 + margin) {
            return HIGHER;
        }
        if (ratio.upper() < 1.0 - margin) {
            return LOWER;
        }
        return UNDECIDED;
    }

    /** True once the interval is wholly inside or wholly outside the margin. */
    public boolean decided() {
        return this != UNDECIDED;
    }

    /**
     * One phrase for people, naming the figure: "same (within ±5%)", "RTT p50 21% lower",
     * "msg/s 38% lower", "undecided [0.93, 1.08]".
     */
    public String describe(Estimate ratio, double margin, String figureName) {
        return switch (this) {
            case SAME -> String.format(Locale.ROOT, "same (within ±%s%%)", percent(margin));
            case HIGHER -> String.format(Locale.ROOT, "%s %s%% higher", figureName,
                    percent(ratio.median() - 1.0));
            case LOWER -> String.format(Locale.ROOT, "%s %s%% lower", figureName, percent(1.0 - ratio.median()));
            case UNDECIDED -> ratio == null ? "undecided"
                    : String.format(Locale.ROOT, "undecided [%.2f, %.2f]", ratio.lower(), ratio.upper());
        };
    }

    /** Whole percent, or one decimal below 10% (a margin of 2.5%). */
    private static String percent(double fraction) {
        double value = Math.abs(fraction) * 100.0;
        return value < 10.0 && value != Math.rint(value)
                ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.0f", value);
    }
}
