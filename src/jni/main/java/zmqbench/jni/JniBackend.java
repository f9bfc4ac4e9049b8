package zmqbench.jni;

import zmqbench.backend.Backend;
import zmqbench.backend.NativeCall;

/**
 * The {@code jni} backend: the system libzmq through our own lean JNI binding
 * ({@code native/jni/zmqbench_jni.c}, built by {@code make native} into
 * {@code build/native/libzmqbench_jni.so}; see {@link NativeLibrary} for how it is found).
 *
 * <p>{@link #name()} and {@link #version()} do not touch native code; {@link #libzmqVersion()}
 * and {@link #newContext()} load the library on first use and report a missing one as a
 * {@link zmqbench.backend.ZmqException} naming the fix.
 */
public final class JniBackend implements Backend {

    /** The binding is part of zmqbench, so its version is the tool's (keep in step with the pom). */
    public static final String VERSION = "0.1.0";

    @Override
    public String name() {
        return "jni";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String libzmqVersion() {
        NativeLibrary.load();
        int packed = Native.version();
        return (packed / 10000) + "." + (packed / 100 % 100) + "." + (packed % 100);
    }

    @Override
    public JniContext newContext() {
        NativeLibrary.load();
        return new JniContext(Native.ctxNew());
    }

    @Override
    public NativeCall trivialCall() {
        NativeLibrary.load();
        return new NativeCall("zmq_errno") {
            @Override
            public int invoke() {
                return Native.errno();
            }
        };
    }
}
