package zmqbench.scenario;

/**
 * The timed side's end of the slice protocol (the pinger's, the throughput receiver's): the
 * parent's lines in, its records out. The worker prints the records; inproc, the receiver's
 * {@link #warm} also stops the sender's warm-up, in-process.
 */
public interface SliceLink {

    /** Blocks (no CPU) until the parent's next line: a slice, or the end (also when the parent is gone). */
    SliceCommand next();

    /** True when a line is there for {@link #next} (a receiver draining to its first slice asks). */
    boolean ready();

    /** The warm-up is over (see the protocol's warm record). */
    void warm(String steadyState, long warmupNs, long warmupMessages, double rate);

    /**
     * A slice is measured: {@code messages} in {@code elapsedNs}; latency also gives the percentiles
     * of its round trips, throughput 0 for both (its record has none).
     */
    void sliced(long messages, long elapsedNs, long p50Ns, long p99Ns);
}
