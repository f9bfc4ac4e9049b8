package zmqbench.ffm;

import zmqbench.worker.CrossingSuite;

/** A plain FFM downcall of zmq_errno. */
class FfmCrossingTest extends CrossingSuite {

    FfmCrossingTest() {
        super("ffm", "zmq_errno");
    }
}
