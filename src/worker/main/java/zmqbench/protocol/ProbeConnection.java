package zmqbench.protocol;

import zmqbench.scenario.Transport;

/**
 * The socket a probe sends on, and how it met its receiver.
 *
 * @param socket the sending socket's kind, as {@link SendingSocket#cliName()}
 * @param transport the transport
 * @param endpoint the endpoint bound (a wildcard port resolved)
 * @param handshake how the receiver was known to be connected before probing: {@code none}
 *     (inproc to a bound peer is connected on return), {@code hello} (one message, read), or
 *     {@code warm-up} (PUB: messages until the subscriber gets the latest one)
 */
public record ProbeConnection(String socket, Transport transport, String endpoint, String handshake) {
}
