package zmqbench.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Sparse's quiet gaps as the user writes them ({@code 100us}, {@code 1ms}, {@code 2s}; also
 * {@code µs} and {@code ns}) and as reports print them, in whole nanoseconds.
 */
public final class Gaps {

    /** The gaps a sparse comparison measures unless told: a wake-up after a short, a medium and long quiet. */
    public static final List<Long> DEFAULT_NS = List.of(100_000L, 1_000_000L, 10_000_000L, 100_000_000L);

    private static final List<String> UNITS = List.of("ns", "us", "µs", "ms", "s");
    private static final List<Long> NANOS = List.of(1L, 1_000L, 1_000L, 1_000_000L, 1_000_000_000L);

    private Gaps() {
    }

    /** {@code "100us"} as 100000 ns; a unit is required; throws, worded for {@code option}, when it is no gap. */
    public static long parse(String option, String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (int i = UNITS.size() - 1; i >= 0; i--) {
            String unit = UNITS.get(i);
            // "s" alone must not take "ms", "us" or "ns": try the longer units first
            if (value.endsWith(unit) && (unit.length() > 1 || !Character.isLetter(charBefore(value, unit)))) {
                try {
                    double amount = Double.parseDouble(value.substring(0, value.length() - unit.length()).strip());
                    long ns = Math.round(amount * NANOS.get(i));
                    if (amount > 0 && ns >= 1) {
                        return ns;
                    }
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        throw new IllegalArgumentException(option + ": expected a quiet gap such as 100us, 1ms or 1s, got '" + text
                + "'");
    }

    /** e.g. {@code 100µs}, {@code 1ms}, {@code 1.5ms}, {@code 2s}: the largest unit that keeps it at 1 or more. */
    public static String format(long ns) {
        for (int i = UNITS.size() - 1; i >= 0; i--) {
            if (UNITS.get(i).equals("us")) {
                continue; // printed as µs
            }
            if (ns >= NANOS.get(i)) {
                BigDecimal amount = BigDecimal.valueOf(ns).divide(BigDecimal.valueOf(NANOS.get(i)))
                        .round(new MathContext(3)).stripTrailingZeros();
                return amount.toPlainString() + UNITS.get(i);
            }
        }
        return ns + "ns";
    }

    private static char charBefore(String value, String unit) {
        int at = value.length() - unit.length() - 1;
        return at >= 0 ? value.charAt(at) : ' ';
    }
}
