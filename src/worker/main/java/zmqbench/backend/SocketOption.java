package zmqbench.backend;

/** Socket options a benchmark sets, with libzmq's numeric values (zmq.h). */
public enum SocketOption {
    ROUTING_ID(5),
    SUBSCRIBE(6),
    UNSUBSCRIBE(7),
    SNDBUF(11),
    RCVBUF(12),
    LINGER(17),
    SNDHWM(23),
    RCVHWM(24),
    RCVTIMEO(27),
    SNDTIMEO(28),
    ROUTER_MANDATORY(33),
    IMMEDIATE(39);

    private final int zmqValue;

    SocketOption(int zmqValue) {
        this.zmqValue = zmqValue;
    }

    public int zmqValue() {
        return zmqValue;
    }
}
