package zmqbench.jzmq;

import zmqbench.backend.Backend;
import zmqbench.backend.ConformanceSuite;

class JzmqConformanceTest extends ConformanceSuite {

    @Override
    protected Backend backend() {
        return new JzmqBackend();
    }

    /** JZMQ 3.1.0's recv(byte[], ...) returns the bytes stored, never the frame's full size. */
    @Override
    protected boolean truncatedReceiveReportsFullSize() {
        return false;
    }
}
