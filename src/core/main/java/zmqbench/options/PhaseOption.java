package zmqbench.options;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * How long a warm-up or a measurement lasts: a count of messages (round trips in latency cells),
 * a duration, or, for a warm-up only, until the fork reaches steady state.
 *
 * @param value messages for {@link Kind#COUNT}, milliseconds for {@link Kind#TIME}, 0 for {@link Kind#AUTO}
 */
public record PhaseOption(Kind kind, long value) {

    /** What ends the phase. */
    public enum Kind { COUNT, TIME, AUTO }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("(\\d+)(ms|s)");
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d+");

    public static PhaseOption count(long messages) {
        return new PhaseOption(Kind.COUNT, messages);
    }

    public static PhaseOption time(long millis) {
        return new PhaseOption(Kind.TIME, millis);
    }

    public static PhaseOption auto() {
        return new PhaseOption(Kind.AUTO, 0);
    }

    /**
     * {@code auto} (when {@code autoAllowed}), a duration with its unit ({@code 500ms}, {@code 2s})
     * or a plain count ({@code 20000}); anything else fails naming {@code option}.
     */
    public static PhaseOption parse(String option, String text, boolean autoAllowed) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (autoAllowed && value.equals("auto")) {
            return auto();
        }
        if (COUNT.matcher(value).matches()) {
            return count(number(option, text, value));
        }
        if (DURATION.matcher(value).matches()) {
            return time(parseMillis(option, text));
        }
        throw new IllegalArgumentException(option + ": expected " + (autoAllowed ? "auto, " : "")
                + "a duration such as 500ms or 2s, or a count such as 20000, got '" + text + "'");
    }

    /** A duration with its unit ({@code 100ms}, {@code 10s}), in milliseconds; failures name {@code option}. */
    public static long parseMillis(String option, String text) {
        Matcher duration = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!duration.matches()) {
            throw new IllegalArgumentException(option + ": expected a duration such as 500ms or 10s, got '"
                    + text + "'");
        }
        long amount = number(option, text, duration.group(1));
        if (duration.group(2).equals("ms")) {
            return amount;
        }
        if (amount > Long.MAX_VALUE / 1000) {
            throw new IllegalArgumentException(option + ": '" + text + "' is too large");
        }
        return amount * 1000;
    }

    public boolean counted() {
        return kind == Kind.COUNT;
    }

    private static long number(String option, String text, String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is too large");
        }
    }
}
