package zmqbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.function.DoubleFunction;
import zmqbench.results.Estimate;

/** How the HTML report writes numbers in charts: axis ticks, tooltips, durations and message sizes. */
final class HtmlNumbers {

    static final String DASH = "\u2014";
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private HtmlNumbers() {
    }

    /**
     * A tooltip's account of an estimate, each number written by {@code text} (with its unit):
     * "77.0 \u00b5s (95% interval 76.1 \u00b5s to 77.9 \u00b5s, 5 forks)"; the median alone for one fork.
     */
    static String describe(Estimate e, DoubleFunction<String> text) {
        String forks = e.forks() + (e.forks() == 1 ? " fork" : " forks");
        if (e.forks() <= 1) {
            return text.apply(e.median()) + " (" + forks + ")";
        }
        return text.apply(e.median()) + " (95% interval " + text.apply(e.lower()) + " to " + text.apply(e.upper())
                + ", " + forks + ")";
    }

    /** An axis tick: at most four significant digits, with k, M or G for thousands and up. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + "G";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    /** A duration given in nanoseconds, in the largest unit that keeps it at 1 or more: 20 \u00b5s, 1.5 ms. */
    static String duration(double ns) {
        double a = Math.abs(ns);
        if (a >= 1e9) {
            return trim(ns / 1e9) + " s";
        }
        if (a >= 1e6) {
            return trim(ns / 1e6) + " ms";
        }
        if (a >= 1e3) {
            return trim(ns / 1e3) + " \u00b5s";
        }
        return trim(ns) + " ns";
    }

    /** A margin or a share: whole percent, one decimal when it has one (5%, 2.5%). */
    static String percent(double fraction) {
        double percent = fraction * 100;
        return String.format(Locale.ROOT, percent == Math.rint(percent) ? "%.0f%%" : "%.1f%%", percent);
    }

    /** The high-water mark as the tables show it: -1 is the library's default. */
    static String hwm(int hwm) {
        return hwm >= 0 ? Integer.toString(hwm) : "default";
    }

    private static String trim(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? DASH : (v > 0 ? "\u221e" : "-\u221e");
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }
}
