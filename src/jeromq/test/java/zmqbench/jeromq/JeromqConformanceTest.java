package zmqbench.jeromq;

import zmqbench.backend.Backend;
import zmqbench.backend.ConformanceSuite;

class JeromqConformanceTest extends ConformanceSuite {

    @Override
    protected Backend backend() {
        return new JeromqBackend();
    }
}
