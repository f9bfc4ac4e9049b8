package zmqbench.scenario;

/**
 * How a worker's sockets meet the other peer's.
 *
 * @param endpoint where the passive peer binds and the active peer connects
 * @param hwm SNDHWM and RCVHWM for every socket, or -1 to keep the library default
 * @param timeoutMs RCVTIMEO/SNDTIMEO: a peer silent this long ends the run with an error
 */
public record PeerLink(String endpoint, int hwm, int timeoutMs) {
}
