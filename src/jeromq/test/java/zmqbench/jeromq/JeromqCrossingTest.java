package zmqbench.jeromq;

import zmqbench.worker.CrossingSuite;

/** JeroMQ is pure Java: its record says so, with no call and no batches. */
class JeromqCrossingTest extends CrossingSuite {

    JeromqCrossingTest() {
        super("jeromq", null);
    }
}
