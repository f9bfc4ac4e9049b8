package zmqbench.jzmq;

import zmqbench.worker.CrossingSuite;

/** JZMQ's cheapest call into libzmq is Context.getMaxSockets: zmq_ctx_get. */
class JzmqCrossingTest extends CrossingSuite {

    JzmqCrossingTest() {
        super("jzmq", "zmq_ctx_get");
    }
}
