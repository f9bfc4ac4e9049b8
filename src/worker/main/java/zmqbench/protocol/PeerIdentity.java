package zmqbench.protocol;

/**
 * Which peer wrote a {@link PeerRecord}.
 *
 * @param backend the worker's backend
 * @param backendVersion its binding's version
 * @param libzmqVersion the libzmq it speaks (JeroMQ: the protocol version it implements)
 * @param role bind, connect or both
 * @param scenario the scenario's command-line name
 * @param pattern the pattern's command-line name
 * @param endpoint the endpoint actually bound or connected to (a wildcard port resolved)
 * @param size message size in bytes
 */
public record PeerIdentity(
        String backend,
        String backendVersion,
        String libzmqVersion,
        String role,
        String scenario,
        String pattern,
        String endpoint,
        int size) {
}
