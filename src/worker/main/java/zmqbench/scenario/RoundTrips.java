package zmqbench.scenario;

import java.util.Arrays;

/**
 * A pinger's round trips, kept on one path in both phases: in the warm-up the current window's, in
 * a preallocated ring (the last {@value #CAPACITY} of the window), with their p50 when the window
 * closes, found in place so that closing a window in the timed loop allocates nothing; from
 * {@link #keepAll} on, every one, in order. One path, because a branch on the phase that the
 * warm-up never took would make the JIT throw the compiled loop away at the first measured round
 * trip (see {@link PhaseTracker}).
 */
final class RoundTrips {

    /** Round trips a window's p50 is taken from: the last this many of the window. */
    static final int CAPACITY = 1 << 16;

    private long[] kept = new long[CAPACITY];
    private int mask = CAPACITY - 1; // the ring wraps; the measured samples do not (all ones)
    private int limit = Integer.MAX_VALUE; // where the measured samples must grow; the ring never does
    private int count;

    void add(long rtt) {
        if (count == limit) {
            grow();
        }
        kept[count++ & mask] = rtt;
    }

    /** The warm-up window's p50 (0 when it had no round trip); the next window starts empty. */
    long closeWindow() {
        long p50 = Median.ofRange(kept, 0, Math.min(count, CAPACITY));
        count = 0;
        return p50;
    }

    /**
     * From now on keep every round trip, from the start, room for {@code room} of them before
     * growing. Called again (a sliced run: each slice, each pre-roll), it keeps the array it has when
     * that is large enough, and otherwise at least doubles it, so that it allocates rarely.
     */
    void keepAll(int room) {
        if (mask != -1) {
            kept = new long[Math.max(room, 1)];
        } else if (kept.length < room) {
            kept = new long[Math.max(room, 2 * kept.length)];
        }
        mask = -1;
        limit = kept.length;
        count = 0;
    }

    /** The round trips kept since {@link #keepAll}, in order: the first {@link #keptCount()}. */
    long[] kept() {
        return kept;
    }

    /** How many round trips were kept since {@link #keepAll}; 0 before it. */
    int keptCount() {
        return mask == -1 ? count : 0;
    }

    private void grow() {
        kept = Arrays.copyOf(kept, (int) Math.min(Integer.MAX_VALUE - 8, 2L * kept.length));
        limit = kept.length;
    }
}
