package zmqbench.jeromq;

import org.zeromq.ZMQ;
import zmqbench.backend.Backend;
import zmqbench.backend.MavenVersion;
import zmqbench.backend.NativeCall;
import zmqbench.backend.ZmqContext;

/** JeroMQ: ZeroMQ implemented in pure Java (no libzmq). */
public final class JeromqBackend implements Backend {

    @Override
    public String name() {
        return "jeromq";
    }

    @Override
    public String version() {
        return MavenVersion.of(ZMQ.class, "org.zeromq", "jeromq");
    }

    @Override
    public String libzmqVersion() {
        return ZMQ.getVersionString() + " (pure Java, no libzmq)";
    }

    @Override
    public ZmqContext newContext() {
        return new JeromqContext(ZMQ.context(1));
    }

    /** None: JeroMQ makes no native calls of its own (only the JDK's, for its sockets). */
    @Override
    public NativeCall trivialCall() {
        return null;
    }
}
