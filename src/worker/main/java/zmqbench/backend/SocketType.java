package zmqbench.backend;

/** Socket types, with libzmq's numeric values (zmq.h) so native backends pass them straight. */
public enum SocketType {
    PAIR(0), PUB(1), SUB(2), REQ(3), REP(4), DEALER(5), ROUTER(6), PULL(7), PUSH(8);

    private final int zmqValue;

    SocketType(int zmqValue) {
        this.zmqValue = zmqValue;
    }

    public int zmqValue() {
        return zmqValue;
    }
}
