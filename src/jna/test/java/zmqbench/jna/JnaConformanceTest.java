package zmqbench.jna;

import zmqbench.backend.Backend;
import zmqbench.backend.ConformanceSuite;

class JnaConformanceTest extends ConformanceSuite {

    @Override
    protected Backend backend() {
        return new JnaBackend();
    }
}
