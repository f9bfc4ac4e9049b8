package zmqbench.protocol;

/**
 * {@code {"event":"slice","messages":N,"elapsed_ns":E}}: a throughput receiver's answer to a slice
 * line: the clock read when the slice's pre-roll had arrived and when its N-th measured message had,
 * so that its rate is N / E. A latency pinger answers with a {@link LatencySliceRecord}.
 *
 * @param messages the slice's measured messages: N of its slice line
 * @param elapsedNs from the arrival of the pre-roll's last message to that of the N-th after it
 */
public record SliceRecord(String event, long messages, long elapsedNs) {

    public static final String EVENT = "slice";

    public SliceRecord(long messages, long elapsedNs) {
        this(EVENT, messages, elapsedNs);
    }
}
