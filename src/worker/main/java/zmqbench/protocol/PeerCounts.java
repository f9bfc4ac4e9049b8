package zmqbench.protocol;

/**
 * What one peer counted. Warm-up messages are in {@link Warmup#messages()}.
 *
 * @param count measured messages: --count, or with a timed measurement those measured
 * @param sent payload messages sent, warm-up included (never end markers)
 * @param received payload messages received, warm-up included
 * @param measured messages (or round trips) in the timed interval (the echo, and a sender of timed
 *     phases: in the span its meter covers, see the package documentation)
 * @param dropped measured messages the sender sent that the receiver never got: pub-sub only (PUB
 *     drops at the high-water mark), counted by the subscriber from sequence numbers; 0 for the
 *     other patterns, which block instead of dropping, and for every sender
 * @param samples round-trip samples written to the samples file
 */
public record PeerCounts(long count, long sent, long received, long measured, long dropped, long samples) {
}
