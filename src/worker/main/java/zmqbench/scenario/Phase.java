package zmqbench.scenario;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * How long one phase of a fork lasts: a count of messages (round trips for latency), a duration,
 * or, for the warm-up only, until the rate is steady with a cap on the duration (see
 * {@link SteadyRule}); or, for the measurement only, the parent's slice lines (the slice protocol
 * of {@code zmqbench.protocol}). The same type for the coordinator's options ({@code --warmup},
 * {@code --measure}) and the worker's arguments.
 *
 * @param kind what {@code amount} is
 * @param amount messages for {@link Kind#COUNT}, milliseconds for {@link Kind#MILLIS}, the cap in
 *     milliseconds for {@link Kind#AUTO}, 0 for {@link Kind#SLICES}
 */
public record Phase(Kind kind, long amount) {

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("(\\d+)(ms|s)");
    private static final java.util.regex.Pattern COUNT_TEXT = java.util.regex.Pattern.compile("\\d+");

    /** The unit of a phase's amount. */
    public enum Kind {
        /** A set number of messages: {@code --warmup N}, {@code --count N}. */
        COUNT,
        /** A set duration: {@code --warmup-ms MS}, {@code --measure-ms MS}. */
        MILLIS,
        /** Warm-up until steady, at most the amount in ms: {@code --warmup-auto CAP_MS}. */
        AUTO,
        /** The measurement is the slices the parent asks for, one line each: {@code --slices}. */
        SLICES
    }

    public Phase {
        if (kind == null) {
            throw new IllegalArgumentException("a phase needs a kind");
        }
    }

    public static Phase count(long messages) {
        return new Phase(Kind.COUNT, messages);
    }

    public static Phase millis(long ms) {
        return new Phase(Kind.MILLIS, ms);
    }

    public static Phase auto(long capMs) {
        return new Phase(Kind.AUTO, capMs);
    }

    /**
     * {@code auto} (when {@code autoAllowed}: capped at {@link PhaseDefaults#WARMUP_CAP_MS}), a
     * duration with its unit ({@code 500ms}, {@code 2s}) or a plain count ({@code 20000}); anything
     * else fails naming {@code option}.
     */
    public static Phase parse(String option, String text, boolean autoAllowed) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (autoAllowed && value.equals("auto")) {
            return auto(PhaseDefaults.WARMUP_CAP_MS);
        }
        if (COUNT_TEXT.matcher(value).matches()) {
            return count(number(option, text, value));
        }
        if (DURATION.matcher(value).matches()) {
            return millis(parseMillis(option, text));
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

    /** The measurement of a worker that runs the slices its parent asks for. */
    public static Phase slices() {
        return new Phase(Kind.SLICES, 0);
    }

    /** True when the phase ends after a set number of messages. */
    public boolean counted() {
        return kind == Kind.COUNT;
    }

    /** The phase's messages when it is counted, else 0. */
    public long messages() {
        return counted() ? amount : 0;
    }

    private static long number(String option, String text, String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is too large");
        }
    }
}
