package zmqbench.report.text;

import java.util.Locale;
import zmqbench.results.Estimate;

/**
 * Numbers as the tables print them: three significant digits, with k, M, G from 10 000 up
 * (so 1234 stays 1234 but 12 345 is 12.3k), always with '.' as the decimal point.
 */
public final class Numbers {

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};

    private Numbers() {
    }

    /** {@code v} with three significant digits and a suffix. */
    public static String value(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : (v > 0 ? "inf" : "-inf");
        }
        int power = power(v);
        double scaled = v / Math.pow(1000, power);
        return format(scaled, decimals(scaled)) + SUFFIXES[power];
    }

    /**
     * Two ends of an interval count as symmetric about the median when they are within this
     * fraction of each other; the wider one is then printed as the ± (never understating).
     */
    static final double SYMMETRY_TOLERANCE = 0.1;

    /**
     * An estimate as "median ±half-width" of its interval when the interval is symmetric about the
     * median, else as "median [lower, upper]" (Student's t is centred on the mean and clipped at 0,
     * a ratio's interval is symmetric on a log scale): "24.1 ±0.3", "3.46M ±0.04M", "30.6 [0, 95.1]".
     * All scaled by {@code divisor} (e.g. 1000 to print ns as µs) and printed with the median's
     * suffix and decimals. A single fork has no interval and prints the median alone.
     */
    public static String estimate(Estimate e, double divisor) {
        double median = e.median() / divisor;
        if (!Double.isFinite(median)) {
            return value(median);
        }
        int power = power(median);
        double unit = Math.pow(1000, power);
        int decimals = decimals(median / unit);
        String text = format(median / unit, decimals) + SUFFIXES[power];
        if (e.forks() <= 1) {
            return text;
        }
        double up = (e.upper() - e.median()) / divisor;
        double down = (e.median() - e.lower()) / divisor;
        if (symmetric(up, down)) {
            return text + " ±" + scaled(Math.max(up, down), unit, decimals, power);
        }
        return text + " [" + scaled(e.lower() / divisor, unit, decimals, power) + ", "
                + scaled(e.upper() / divisor, unit, decimals, power) + "]";
    }

    /** A ratio with its interval: "1.04x ±0.02", "0.52x [0.47, 0.58]"; the ratio alone with one fork. */
    public static String ratio(Estimate r) {
        String text = ratio(r.median());
        if (r.forks() <= 1 || !Double.isFinite(r.median())) {
            return text;
        }
        double magnitude = Math.abs(r.median());
        int decimals = magnitude < 9.995 ? 2 : magnitude < 99.95 ? 1 : 0;
        double up = r.upper() - r.median();
        double down = r.median() - r.lower();
        if (symmetric(up, down)) {
            return text + " ±" + scaled(Math.max(up, down), 1, decimals, 0);
        }
        return text + " [" + scaled(r.lower(), 1, decimals, 0) + ", " + scaled(r.upper(), 1, decimals, 0) + "]";
    }

    /** True when the interval's two sides differ by at most {@link #SYMMETRY_TOLERANCE} of the wider. */
    public static boolean symmetric(double up, double down) {
        return Double.isFinite(up) && Double.isFinite(down)
                && Math.abs(up - down) <= SYMMETRY_TOLERANCE * Math.max(up, down);
    }

    /** {@code v} in the median's unit and decimals; a bound of exactly 0 (clipped) as "0". */
    private static String scaled(double v, double unit, int decimals, int power) {
        if (v == 0.0) {
            return "0";
        }
        return Double.isFinite(v) ? format(v / unit, decimals) + SUFFIXES[power] : "inf";
    }

    /** A ratio: "1.04x", "12.5x", "153x". */
    public static String ratio(double r) {
        if (!Double.isFinite(r)) {
            return "n/a";
        }
        double magnitude = Math.abs(r);
        int decimals = magnitude < 9.995 ? 2 : magnitude < 99.95 ? 1 : 0;
        return format(r, decimals) + "x";
    }

    /** A relative change as a signed percentage: "+5.0%", "-12%", "+0.0%". */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        double percent = fraction * 100.0;
        int decimals = Math.abs(percent) < 9.95 ? 1 : 0;
        String text = format(percent, decimals);
        return (text.startsWith("-") ? "" : "+") + text + "%";
    }

    /** A message size: "64 B", "1 KiB", "64 KiB", "1 MiB", "1000 B". */
    public static String size(int bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " B";
    }

    private static int power(double v) {
        double magnitude = Math.abs(v);
        if (magnitude < 9999.5) {
            return 0;
        }
        int power = 1;
        while (power < SUFFIXES.length - 1 && magnitude / Math.pow(1000, power) >= 999.5) {
            power++;
        }
        return power;
    }

    private static int decimals(double scaled) {
        double magnitude = Math.abs(scaled);
        if (magnitude == 0.0) {
            return 0;
        }
        // Round first, so 9.996 counts as 10.0 (one decimal) rather than 10.00.
        int digitsBeforePoint = (int) Math.floor(Math.log10(magnitude * (1 + 5e-4)));
        return Math.max(0, Math.min(3, 2 - digitsBeforePoint));
    }

    private static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
