package zmqbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.results.Estimate;

/** How the HTML report writes numbers: table values, axis ticks, ratios and message sizes. */
final class HtmlNumbers {

    static final String DASH = "\u2014";
    private static final MathContext THREE_DIGITS = new MathContext(3);
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private HtmlNumbers() {
    }

    /** A table value: whole numbers with grouping from 1000 up, three significant digits below. */
    static String value(double v) {
        if (Double.isNaN(v)) {
            return DASH;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** An estimate in the one interval style of every report, {@link Units#estimate}: "92.7k [90.1k, 94.4k]". */
    static String interval(Estimate e) {
        return Units.estimate(e, Unit.COUNT);
    }

    /** A tooltip's account of an estimate: median, interval and fork count. */
    static String describe(Estimate e, String unit) {
        String u = unit == null || unit.isEmpty() ? "" : " " + unit;
        return value(e.median()) + u + " (95% CI " + value(e.lower()) + "\u2013" + value(e.upper())
                + ", " + e.forks() + (e.forks() == 1 ? " fork)" : " forks)");
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

    /** A ratio or its bounds: three significant digits, trailing zeros kept (1.10). */
    static String ratio(double v) {
        if (!Double.isFinite(v)) {
            return value(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(THREE_DIGITS);
        if (rounded.precision() < 3) {
            rounded = rounded.setScale(rounded.scale() + 3 - rounded.precision());
        }
        return rounded.toPlainString();
    }

    /** A message size: whole KiB, MiB or GiB when it is one, else bytes. */
    static String bytes(long n) {
        return Units.size(n);
    }

    /** The high-water mark as the tables show it: -1 is the library's default. */
    static String hwm(int hwm) {
        return hwm >= 0 ? Integer.toString(hwm) : "default";
    }

    private static String trim(double v) {
        if (!Double.isFinite(v)) {
            return value(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }
}
