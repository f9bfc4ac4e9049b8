package zmqbench.jeromq;

import org.junit.jupiter.api.Test;
import zmqbench.worker.SlicedRunSuite;

/** Sliced runs on JeroMQ, inproc and over tcp loopback, dealer-router too (its ROUTER envelopes). */
class JeromqSlicedRunTest extends SlicedRunSuite {

    JeromqSlicedRunTest() {
        super("jeromq");
    }

    @Test
    void aRouterReceiverAndItsDealerOverTcp() throws Exception {
        throughputOverTcp("dealer-router", "--warmup-ms", "50");
    }
}
