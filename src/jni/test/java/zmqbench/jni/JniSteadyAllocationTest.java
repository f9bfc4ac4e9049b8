package zmqbench.jni;

import zmqbench.worker.SteadyAllocationSuite;

/** Our JNI binding allocates nothing per message, so a warmed-up fork shows (almost) nothing either. */
class JniSteadyAllocationTest extends SteadyAllocationSuite {

    @Override
    protected String backend() {
        return "jni";
    }
}
