package zmqbench.results;

/**
 * The messages of one fork, from its peers' records.
 *
 * @param sent payload messages sent, warm-up included (throughput: the most any sender sent)
 * @param received payload messages the timed side received, warm-up included
 * @param measured messages (or round trips) inside the timed interval, warm-up excluded
 * @param dropped measured messages the socket dropped (PUB at its HWM), or -1 for a pattern that
 *     never drops
 */
public record ForkCounts(long sent, long received, long measured, long dropped) {
}
