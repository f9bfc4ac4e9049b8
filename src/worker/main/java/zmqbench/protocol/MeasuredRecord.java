package zmqbench.protocol;

/**
 * {@code {"event":"measured"}}: a throughput receiver whose phases are timed (not counted) has
 * finished its measurement; the parent then tells the sender to stop (a {@code stop} line on its
 * stdin), and the receiver drains the rest up to the sender's end marker.
 */
public record MeasuredRecord(String event) {

    public static final String EVENT = "measured";

    public MeasuredRecord() {
        this(EVENT);
    }
}
