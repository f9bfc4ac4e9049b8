package zmqbench.backend;

/** A ZeroMQ context: the factory of sockets and the owner of the I/O threads. */
public interface ZmqContext extends AutoCloseable {

    ZmqSocket socket(SocketType type);

    /**
     * Starts watching {@code socket} (made by this context) for completed ZMTP handshakes. Call it
     * before the socket binds or connects; close the monitor before the socket.
     */
    HandshakeMonitor monitorHandshakes(ZmqSocket socket);

    /** Terminates the context. Sockets must be closed first (LINGER decides what is flushed). */
    @Override
    void close();
}
