package zmqbench.jni;

import zmqbench.backend.Backend;
import zmqbench.backend.ConformanceSuite;

class JniConformanceTest extends ConformanceSuite {

    @Override
    protected Backend backend() {
        return new JniBackend();
    }
}
