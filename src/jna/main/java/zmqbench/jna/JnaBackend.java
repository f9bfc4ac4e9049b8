package zmqbench.jna;

import com.sun.jna.Native;
import zmqbench.backend.Backend;
import zmqbench.backend.MavenVersion;
import zmqbench.backend.NativeCall;
import zmqbench.backend.ZmqContext;

/** libzmq called through JNA direct mapping ({@code Native.register}). */
public final class JnaBackend implements Backend {

    @Override
    public String name() {
        return "jna";
    }

    @Override
    public String version() {
        // Not Native.VERSION: a compile-time constant, it names the JNA we compiled against, not the
        // one on the classpath (--versions). Reading the jar's manifest loads no native code.
        return MavenVersion.of(Native.class, "net.java.dev.jna", "jna");
    }

    @Override
    public String libzmqVersion() {
        NativeZmq.load();
        int[] major = new int[1];
        int[] minor = new int[1];
        int[] patch = new int[1];
        LibZmq.zmq_version(major, minor, patch);
        return major[0] + "." + minor[0] + "." + patch[0];
    }

    @Override
    public ZmqContext newContext() {
        NativeZmq.load();
        return new JnaContext();
    }

    @Override
    public NativeCall trivialCall() {
        NativeZmq.load();
        return new NativeCall("zmq_errno") {
            @Override
            public int invoke() {
                return LibZmq.zmq_errno();
            }
        };
    }
}
