package zmqbench.backend;

/**
 * A ZeroMQ socket with the calls a benchmark needs, mirroring libzmq's C API so that every
 * backend maps onto it one call for one call.
 *
 * @implSpec Send and receive work on caller-owned arrays and must not allocate per message
 *     where the underlying library allows it. Errors raise {@link ZmqException}; a send or
 *     receive that would block under {@link #DONTWAIT}, or that hits SNDTIMEO/RCVTIMEO, is not
 *     an error and is reported through the return value.
 */
public interface ZmqSocket extends AutoCloseable {

    /** zmq_send/zmq_recv flag: do not block (EAGAIN is returned instead). */
    int DONTWAIT = 1;
    /** zmq_send flag: more frames of this message follow. */
    int SNDMORE = 2;

    /** Sets an integer option; call before bind/connect (JeroMQ applies HWM only to later pipes). */
    void setOption(SocketOption option, int value);

    /** Sets a binary option (SUBSCRIBE, UNSUBSCRIBE, ROUTING_ID). */
    void setOption(SocketOption option, byte[] value);

    /**
     * Binds and returns the endpoint actually bound (ZMQ_LAST_ENDPOINT), so that a wildcard port
     * such as {@code tcp://127.0.0.1:*} comes back resolved.
     */
    String bind(String endpoint);

    void connect(String endpoint);

    /**
     * Sends {@code length} bytes of {@code buffer} as one frame.
     *
     * @return true when queued; false when it would block (DONTWAIT) or SNDTIMEO expired
     */
    boolean send(byte[] buffer, int length, int flags);

    /**
     * Receives one frame into {@code buffer}, truncating as zmq_recv does.
     *
     * @return the frame's full size in bytes (may exceed {@code buffer.length}), or -1 when it
     *     would block (DONTWAIT) or RCVTIMEO expired
     */
    int receive(byte[] buffer, int flags);

    /** True when the last frame received is followed by more frames of the same message. */
    boolean hasMore();

    @Override
    void close();
}
