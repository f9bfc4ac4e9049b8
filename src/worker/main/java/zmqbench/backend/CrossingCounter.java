package zmqbench.backend;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The native crossings the bindings make on the message path (send, receive, hasMore), counted
 * where they are made: each backend calls {@link #count()} just before each call into native code
 * there, its error paths included. A counting build switched on by the worker JVM's system
 * property {@value #PROPERTY}{@code =true}; off, the switch is a constant false and the JIT folds
 * every {@code count()} away, so a normal run pays nothing. On, each count is an atomic increment
 * (both peers of an inproc worker count into the one total): a counting run is for counting, not
 * for timing.
 */
public final class CrossingCounter {

    public static final String PROPERTY = "zmqbench.count.crossings";

    private static final boolean COUNTING = Boolean.getBoolean(PROPERTY);
    private static final AtomicLong CROSSINGS = new AtomicLong();

    private CrossingCounter() {
    }

    /** One crossing about to be made. */
    public static void count() {
        if (COUNTING) {
            CROSSINGS.incrementAndGet();
        }
    }

    /** The crossings counted so far in this process; -1 when not counting. */
    public static long total() {
        return COUNTING ? CROSSINGS.get() : -1;
    }
}
