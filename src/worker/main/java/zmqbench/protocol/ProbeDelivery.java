package zmqbench.protocol;

/**
 * What a probe's receiver got, and when.
 *
 * @param sent probe messages accepted in all (including the ones sent at the mark)
 * @param delivered probe messages the receiver got when it finally read
 * @param dropped sent - delivered
 * @param elapsedNs the probe's duration, connecting and draining excluded
 * @param drainNs how long the receiver took to read what reached it at the end (a sender that
 *     blocked: until all came; otherwise until block_ms of silence)
 */
public record ProbeDelivery(long sent, long delivered, long dropped, long elapsedNs, long drainNs) {
}
