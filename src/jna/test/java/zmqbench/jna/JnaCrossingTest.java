package zmqbench.jna;

import zmqbench.worker.CrossingSuite;

/** JNA direct mapping crosses with zmq_errno. */
class JnaCrossingTest extends CrossingSuite {

    JnaCrossingTest() {
        super("jna", "zmq_errno");
    }
}
