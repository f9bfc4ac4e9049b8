package zmqbench.ffm;

import zmqbench.backend.Backend;
import zmqbench.backend.NativeCall;
import zmqbench.backend.ZmqContext;

/**
 * libzmq called through java.lang.foreign downcall handles, messages copied through one reused
 * off-heap segment per socket. {@link FfmCriticalBackend} passes heap arrays instead.
 */
public class FfmBackend implements Backend {

    @Override
    public String name() {
        return "ffm";
    }

    /** No library of its own: the JDK's, e.g. {@code JDK 25.0.1}. */
    @Override
    public String version() {
        Runtime.Version jdk = Runtime.version();
        return "JDK " + jdk.feature() + "." + jdk.interim() + "." + jdk.update();
    }

    @Override
    public String libzmqVersion() {
        NativeZmq.load();
        return LibZmq.version();
    }

    @Override
    public ZmqContext newContext() {
        NativeZmq.load();
        return new FfmContext(this::transfer);
    }

    @Override
    public NativeCall trivialCall() {
        NativeZmq.load();
        return new NativeCall("zmq_errno") {
            @Override
            public int invoke() {
                return LibZmq.zmqErrno();
            }
        };
    }

    /** How a new socket moves message bytes between Java arrays and libzmq. */
    FrameTransfer transfer() {
        return new OffHeapTransfer();
    }
}
