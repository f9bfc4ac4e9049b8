package zmqbench.ffm;

import zmqbench.backend.Backend;
import zmqbench.backend.ConformanceSuite;

class FfmCriticalConformanceTest extends ConformanceSuite {

    @Override
    protected Backend backend() {
        return new FfmCriticalBackend();
    }
}
