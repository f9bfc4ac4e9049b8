package zmqbench.results;

/**
 * What a cell's backend ran: the binding's version and the libzmq it speaks (JeroMQ: the protocol
 * version it implements); null when no fork said.
 */
public record CellVersions(String backendVersion, String libzmqVersion) {
}
