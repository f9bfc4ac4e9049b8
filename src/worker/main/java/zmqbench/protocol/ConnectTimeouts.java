package zmqbench.protocol;

/**
 * How long two-process peers wait for their ZMTP handshake before anything counts, in both
 * workers (the C worker's native/worker/handshake.h holds the same numbers), and the status they
 * fail with. The binding worker's wait starts when it reports {@code ready}: it must outlast the
 * start of the connecting worker's JVM, which on a busy machine takes well over the message
 * timeout (the cause of the forks that "never connected" under load: the binder gave up, and
 * closed its port, before the connecter existed).
 */
public final class ConnectTimeouts {

    /** The status every worker's connection failure starts with. */
    public static final String NEVER_CONNECTED = "never connected";
    /** The connecting side: the binding worker is up already. */
    public static final int CONNECT_MS = 10_000;
    /** The binding side, from ready: the parent starts the connecting worker meanwhile. */
    public static final int ACCEPT_MS = 30_000;

    private ConnectTimeouts() {
    }
}
