package zmqbench.ffm;

import zmqbench.worker.CrossingSuite;

/** A critical FFM downcall of zmq_errno. */
class FfmCriticalCrossingTest extends CrossingSuite {

    FfmCriticalCrossingTest() {
        super("ffm-critical", "zmq_errno");
    }
}
