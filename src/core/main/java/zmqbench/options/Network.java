package zmqbench.options;

/**
 * Where the peers meet.
 *
 * @param timeoutMs how long a peer waits for the other before it gives up
 * @param tcpAddress host and port the tcp bind side uses; port {@code *} picks a free one
 * @param far where the far peer of tcp cells runs, or null when both peers run here
 */
public record Network(int timeoutMs, String tcpAddress, FarPeer far) {
}
