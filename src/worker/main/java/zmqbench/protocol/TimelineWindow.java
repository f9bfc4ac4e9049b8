package zmqbench.protocol;

/**
 * One window of a fork's timeline, counted from the fork's first message: what the timed side
 * saw, warm-up and measurement alike, so that a reader sees how long the fork took to settle.
 *
 * @param endNs end of the window, ns since the first message (the first send for a pinger, the
 *     first message received for a receiver)
 * @param messages messages (throughput) or round trips (latency) completed in the window
 * @param value delivered msg/s in the window (throughput), or the window's RTT p50 in ns (latency)
 * @param measured true for windows of the measured interval, false for warm-up
 */
public record TimelineWindow(long endNs, long messages, double value, boolean measured) {
}
