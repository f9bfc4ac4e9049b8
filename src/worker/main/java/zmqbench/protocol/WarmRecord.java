package zmqbench.protocol;

/**
 * {@code {"event":"warm",...}}: the timed side of a sliced run (--slices) has warmed up and waits
 * for its first slice line.
 *
 * @param steadyState how the warm-up ended, as in the result record: steady, not steady, or fixed
 * @param warmupNs time from the first message to the end of the warm-up
 * @param warmupMessages messages (or round trips) up to the end of the warm-up
 * @param rate messages (throughput) or round trips (latency) per second over the warm-up's last
 *     --steady-windows windows (their messages over their total length): the parent sizes slices by it
 */
public record WarmRecord(String event, String steadyState, long warmupNs, long warmupMessages, double rate) {

    public static final String EVENT = "warm";

    public WarmRecord(String steadyState, long warmupNs, long warmupMessages, double rate) {
        this(EVENT, steadyState, warmupNs, warmupMessages, rate);
    }
}
