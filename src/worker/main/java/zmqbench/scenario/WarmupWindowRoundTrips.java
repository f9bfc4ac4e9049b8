package zmqbench.scenario;

/**
 * A latency pinger's round trips of the current warm-up window, in a preallocated ring (the last
 * {@value #CAPACITY} of the window), and their p50 when the window closes: found in place, so that
 * closing a window in the timed loop allocates nothing.
 */
final class WarmupWindowRoundTrips {

    /** Round trips a window's p50 is taken from: the last this many of the window. */
    static final int CAPACITY = 1 << 16;

    private final long[] ring = new long[CAPACITY];
    private int count;

    void add(long rtt) {
        ring[count++ & (CAPACITY - 1)] = rtt;
    }

    /** The window's p50 (0 when it had no round trip); the next window starts empty. */
    long closeWindow() {
        long p50 = Median.ofRange(ring, 0, Math.min(count, CAPACITY));
        count = 0;
        return p50;
    }
}
