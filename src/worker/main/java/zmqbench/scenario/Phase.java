package zmqbench.scenario;

/**
 * How long one phase of a fork lasts: a count of messages (round trips for latency), a duration,
 * or, for the warm-up only, until the rate is steady with a cap on the duration (see
 * {@link SteadyRule}); or, for the measurement only, the parent's slice lines (the slice protocol
 * of {@code zmqbench.protocol}).
 *
 * @param kind what {@code amount} is
 * @param amount messages for {@link Kind#COUNT}, milliseconds for {@link Kind#MILLIS}, the cap in
 *     milliseconds for {@link Kind#AUTO}, 0 for {@link Kind#SLICES}
 */
public record Phase(Kind kind, long amount) {

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
}
