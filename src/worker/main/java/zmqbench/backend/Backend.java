package zmqbench.backend;

/**
 * One ZeroMQ implementation, as a worker process sees it. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/zmqbench.backend.Backend}); a worker's
 * classpath holds exactly one, so every call through this interface is monomorphic.
 *
 * @implSpec {@link #name()} and {@link #version()} must not load native code: a missing native
 *     library is reported by {@link #newContext()} (or {@link #libzmqVersion()}) as a
 *     {@link ZmqException} whose message names the fix.
 */
public interface Backend {

    /** Short name used on the command line, e.g. {@code jeromq}. */
    String name();

    /** Version of the binding itself, e.g. {@code 0.6.0}. */
    String version();

    /** The libzmq (or ZMTP) version this backend speaks, e.g. {@code 4.3.4}. */
    String libzmqVersion();

    /** A new context; the caller closes it after its sockets. */
    ZmqContext newContext();

    /**
     * The backend's cheapest call into libzmq, for timing one native crossing; the caller closes
     * it. Null for a backend that makes no native calls (JeroMQ is pure Java).
     */
    NativeCall trivialCall();
}
