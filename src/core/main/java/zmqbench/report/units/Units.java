package zmqbench.report.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import zmqbench.results.Estimate;

/**
 * How every report writes a number for people: three significant digits with k, M, G from
 * 10 000 up (1234 stays 1234, 12 345 is 12.3k), '.' as the decimal point, and one interval style,
 * {@code median [lower, upper]}, for values and ratios alike. CSV and JSON keep stored units and
 * take {@link #csv} instead.
 */
public final class Units {

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};

    /** CSV keeps this many significant digits, and every digit before the point. */
    private static final int CSV_DIGITS = 4;

    private Units() {
    }

    /** {@code v} with three significant digits and a suffix: "0.350", "24.1", "1234", "12.3k", "1.23M". */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : (v > 0 ? "inf" : "-inf");
        }
        int power = power(v);
        double scaled = v / Math.pow(1000, power);
        return format(scaled, decimals(scaled)) + SUFFIXES[power];
    }

    /** A value in {@code unit}, number only: "24.1" for 24 100 ns shown in µs. */
    public static String number(double stored, Unit unit) {
        return number(stored / unit.divisor());
    }

    /**
     * An estimate in {@code unit}, number only: "24.1 [23.8, 24.4]", "3.46M [3.42M, 3.50M]",
     * "349 [0, 1001]" (an interval clipped at 0 shows its 0). Bounds take the median's suffix and
     * decimals; a single fork has no interval and shows the median alone.
     */
    public static String estimate(Estimate e, Unit unit) {
        double divisor = unit.divisor();
        double median = e.median() / divisor;
        if (!Double.isFinite(median)) {
            return number(median);
        }
        int power = power(median);
        double scale = Math.pow(1000, power);
        int decimals = decimals(median / scale);
        String text = format(median / scale, decimals) + SUFFIXES[power];
        if (e.forks() <= 1) {
            return text;
        }
        return text + " [" + bound(e.lower() / divisor, scale, decimals, power) + ", "
                + bound(e.upper() / divisor, scale, decimals, power) + "]";
    }

    /** A ratio: "1.04x", "12.5x", "153x"; "n/a" when not finite. */
    public static String ratio(double r) {
        if (!Double.isFinite(r)) {
            return "n/a";
        }
        return format(r, ratioDecimals(r)) + "x";
    }

    /** A ratio with its interval: "0.97x [0.80, 1.14]", "2.00x [0.50, inf]"; the ratio alone with one fork. */
    public static String ratio(Estimate r) {
        String text = ratio(r.median());
        if (r.forks() <= 1 || !Double.isFinite(r.median())) {
            return text;
        }
        int decimals = ratioDecimals(r.median());
        return text + " [" + bound(r.lower(), 1, decimals, 0) + ", " + bound(r.upper(), 1, decimals, 0) + "]";
    }

    /** A relative change, signed: "+5.0%", "-12%", "+0.0%". */
    public static String change(double fraction) {
        String text = percent(fraction);
        return text.startsWith("-") || text.equals("n/a") ? text : "+" + text;
    }

    /** A fraction as a percentage: "5.0%", "12%" (one decimal below 10%). */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        double percent = fraction * 100.0;
        return format(percent, Math.abs(percent) < 9.95 ? 1 : 0) + "%";
    }

    /**
     * A value for CSV, in its stored unit: four significant digits but every digit before the point
     * (90127.16 is 90127, 24.137 is 24.14, 1.0234 is 1.023), no exponent; "" when not finite.
     */
    public static String csv(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == 0.0) {
            return "0";
        }
        int digitsBeforePoint = (int) Math.floor(Math.log10(Math.abs(v))) + 1;
        int decimals = Math.max(0, CSV_DIGITS - digitsBeforePoint);
        BigDecimal rounded = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A bound in the median's scale and decimals; exactly 0 (an interval clipped at 0) as "0". */
    private static String bound(double v, double scale, int decimals, int power) {
        if (v == 0.0) {
            return "0";
        }
        return Double.isFinite(v) ? format(v / scale, decimals) + SUFFIXES[power] : "inf";
    }

    /** Two decimals from 0.1 to 10 (1.04x), fewer above (12.5x, 153x), three significant digits below (0.0340x). */
    private static int ratioDecimals(double r) {
        double magnitude = Math.abs(r);
        if (magnitude < 0.0995 && magnitude > 0) {
            return Math.max(2, 2 - (int) Math.floor(Math.log10(magnitude * (1 + 5e-4))));
        }
        return magnitude < 9.995 ? 2 : magnitude < 99.95 ? 1 : 0;
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
