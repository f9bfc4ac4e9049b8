package zmqbench.backend;

/**
 * Watches one socket for a completed ZMTP handshake with a peer, so that a worker knows its
 * connection is up before anything counts. Made by {@link ZmqContext#monitorHandshakes} before the
 * socket binds or connects, so that no event can be missed.
 *
 * @implSpec libzmq backends report {@code ZMQ_EVENT_HANDSHAKE_SUCCEEDED} (libzmq 4.3; the greeting
 *     and the security mechanism's READY exchange are done); JeroMQ 0.6.0 never emits that event
 *     and reports {@code ZMQ_EVENT_HANDSHAKE_PROTOCOL} (greetings exchanged) instead. inproc has no
 *     handshake: do not await one there.
 */
public interface HandshakeMonitor extends AutoCloseable {

    /**
     * Blocks until a peer's handshake has completed (at once if one already has), at most
     * {@code timeoutMs}.
     *
     * @return true when a handshake completed, false when none did within {@code timeoutMs}
     */
    boolean await(int timeoutMs);

    /** Stops watching; the socket itself stays open. */
    @Override
    void close();
}
