package zmqbench.jni;

import zmqbench.worker.CrossingSuite;

/** Our JNI binding crosses with zmq_errno, as the JNA and FFM ones do. */
class JniCrossingTest extends CrossingSuite {

    JniCrossingTest() {
        super("jni", "zmq_errno");
    }
}
