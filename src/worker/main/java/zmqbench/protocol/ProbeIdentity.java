package zmqbench.protocol;

/**
 * Which worker wrote a {@link ProbeRecord}.
 *
 * @param backend the worker's backend
 * @param backendVersion its binding's version
 * @param libzmqVersion the libzmq it speaks (JeroMQ: the protocol version it implements)
 */
public record ProbeIdentity(String backend, String backendVersion, String libzmqVersion) {
}
