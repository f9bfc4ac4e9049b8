package zmqbench.protocol;

/**
 * {@code {"event":"paused","messages_sent":N}}: a throughput sender of a sliced run stopped on a
 * {@code stop} line and waits for its next line; the parent passes {@code messagesSent} on to the
 * receiver in the next slice line, so that it takes what is still in flight before the slice.
 */
public record PausedRecord(String event, long messagesSent) {

    public static final String EVENT = "paused";

    public PausedRecord(long messagesSent) {
        this(EVENT, messagesSent);
    }
}
