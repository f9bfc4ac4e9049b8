package zmqbench.ffm;

import zmqbench.backend.Backend;
import zmqbench.backend.ConformanceSuite;

class FfmConformanceTest extends ConformanceSuite {

    @Override
    protected Backend backend() {
        return new FfmBackend();
    }
}
