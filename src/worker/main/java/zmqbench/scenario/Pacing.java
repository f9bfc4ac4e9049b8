package zmqbench.scenario;

/**
 * How the active peer paces its measured messages, when not back to back: open-loop's send rate,
 * or sparse's quiet gap before each round trip. The scenario says which it takes ({@link Scenario#check}).
 *
 * @param rate open-loop: messages per second, sent on schedule; else 0
 * @param gapNs sparse: the quiet time before each measured round trip, in ns; else 0
 */
public record Pacing(long rate, long gapNs) {

    /** Back to back. */
    public static final Pacing NONE = new Pacing(0, 0);

    public static Pacing rate(long rate) {
        return new Pacing(rate, 0);
    }

    public static Pacing gap(long gapNs) {
        return new Pacing(0, gapNs);
    }

    /** The least time {@code messages} take at this pace, in ms: 0 back to back. */
    public long scheduleMs(long messages) {
        return (rate > 0 ? messages * 1000 / rate : 0) + messages * gapNs / 1_000_000;
    }
}
