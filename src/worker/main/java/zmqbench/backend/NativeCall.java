package zmqbench.backend;

/**
 * One trivial libzmq call through a backend's own native crossing ({@code zmqbench crossings}):
 * next to nothing happens on the C side, so timing many of them times the crossing itself.
 *
 * <p>A worker loads one subclass, so the timed loop's call site is monomorphic (class hierarchy
 * analysis proves it) and the JIT inlines {@link #invoke()} down to the crossing: each backend
 * calls its binding directly there, through nothing the JIT would have to guard.
 */
public abstract class NativeCall implements AutoCloseable {

    private final String function;

    /** @param function the libzmq function each call reaches: one of {@code CrossingSpec.CALLS} */
    protected NativeCall(String function) {
        this.function = function;
    }

    /** The libzmq function each call reaches, e.g. {@code zmq_errno}. */
    public final String function() {
        return function;
    }

    /** Makes the call once and returns its result (the caller sums them into a sink). */
    public abstract int invoke();

    /** Frees what the call needs (JZMQ's: a context); nothing by default. */
    @Override
    public void close() {
    }
}
