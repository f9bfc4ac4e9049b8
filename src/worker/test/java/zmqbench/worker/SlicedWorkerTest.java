package zmqbench.worker;

/** The sliced runs on the in-memory {@link QueueBackend}: the worker's protocol without ZeroMQ. */
class SlicedWorkerTest extends SlicedRunSuite {

    SlicedWorkerTest() {
        super("queue", name -> new QueueBackend(), name -> "tcp://queue-sliced-" + name + ":1");
    }
}
