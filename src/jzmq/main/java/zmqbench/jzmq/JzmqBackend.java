package zmqbench.jzmq;

import org.zeromq.ZMQ;
import zmqbench.backend.Backend;
import zmqbench.backend.MavenVersion;
import zmqbench.backend.NativeCall;
import zmqbench.backend.ZmqContext;

/**
 * JZMQ 3.1.0: the JNI binding of libzmq, used through its public {@code org.zeromq.ZMQ} API. Its
 * JNI library, libjzmq.so, comes from Debian's libzmq-jni; the worker finds it on
 * {@code java.library.path}, whose default in Debian's JDK includes /usr/lib/<multiarch>/jni/.
 */
public final class JzmqBackend implements Backend {

    @Override
    public String name() {
        return "jzmq";
    }

    @Override
    public String version() {
        return MavenVersion.of(JzmqBackend.class.getClassLoader(), "org.zeromq", "jzmq");
    }

    @Override
    public String libzmqVersion() {
        return JzmqNative.call(ZMQ::getVersionString);
    }

    @Override
    public ZmqContext newContext() {
        return new JzmqContext(JzmqNative.call(() -> ZMQ.context(1)));
    }

    /**
     * {@code Context.getMaxSockets()}: zmq_ctx_get(ctx, ZMQ_MAX_SOCKETS) behind one JNI call that
     * reads the context handle from its Java field first (GetLongField), as JZMQ's socket calls
     * do. JZMQ's cheapest call into libzmq: its static getters (version, error codes) return
     * constants compiled into libjzmq and never reach libzmq (jzmq-jni's ZMQ.cpp, Context.cpp).
     */
    @Override
    public NativeCall trivialCall() {
        ZMQ.Context context = JzmqNative.call(() -> ZMQ.context(1));
        return new NativeCall("zmq_ctx_get") {
            @Override
            public int invoke() {
                return context.getMaxSockets();
            }

            @Override
            public void close() {
                context.term();
            }
        };
    }
}
