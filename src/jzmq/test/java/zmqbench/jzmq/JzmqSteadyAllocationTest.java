package zmqbench.jzmq;

import zmqbench.worker.SteadyAllocationSuite;

/** JZMQ sends from and receives into our arrays, allocating nothing per message, so a warmed-up fork shows (almost) nothing either. */
class JzmqSteadyAllocationTest extends SteadyAllocationSuite {

    @Override
    protected String backend() {
        return "jzmq";
    }
}
