package zmqbench.backend;

/** A ZeroMQ context: the factory of sockets and the owner of the I/O threads. */
public interface ZmqContext extends AutoCloseable {

    ZmqSocket socket(SocketType type);

    /** Terminates the context. Sockets must be closed first (LINGER decides what is flushed). */
    @Override
    void close();
}
