package zmqbench.protocol;

/**
 * How long a measurement took: one peer's ({@link PeerRecord}), or a fork's from its peers.
 *
 * @param elapsedNs the timed interval: the receiver's first to last measured message, or all
 *     measured round trips of the pinger
 * @param enqueueNs the sender's time to enqueue the measured messages
 */
public record Timing(long elapsedNs, long enqueueNs) {
}
