package zmqbench.worker;

import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;

/**
 * A two-process peer's connection, established before anything counts: the socket's ZMTP
 * handshake with the other worker must complete within its own timeout, else the worker fails
 * with {@link #NEVER_CONNECTED}, a status distinct from lost messages. The C worker does the same
 * (native/worker/handshake.c, same timeouts).
 */
final class PeerConnection implements AutoCloseable {

    /** The status every worker's failure starts with when the peers never completed a handshake. */
    static final String NEVER_CONNECTED = "never connected";
    /** The connecting side: the binding worker is up already. */
    static final int CONNECT_TIMEOUT_MS = 10_000;
    /** The binding side also waits while the parent starts the connecting worker's JVM. */
    static final int ACCEPT_TIMEOUT_MS = 30_000;

    private final HandshakeMonitor monitor;
    private final int timeoutMs;
    private boolean closed;

    private PeerConnection(HandshakeMonitor monitor, int timeoutMs) {
        this.monitor = monitor;
        this.timeoutMs = timeoutMs;
    }

    /** Starts watching {@code socket}; call before it binds ({@code accepting}) or connects. */
    static PeerConnection watch(ZmqContext context, ZmqSocket socket, boolean accepting) {
        return new PeerConnection(context.monitorHandshakes(socket), accepting ? ACCEPT_TIMEOUT_MS : CONNECT_TIMEOUT_MS);
    }

    /**
     * Returns once the handshake with the peer is done, and stops watching: nothing of the monitor
     * runs while the peers measure. Else throws "never connected: ...".
     */
    void await(String endpoint) {
        boolean connected;
        try {
            connected = monitor.await(timeoutMs);
        } finally {
            close();
        }
        if (!connected) {
            throw new ZmqException(ZmqException.ETIMEDOUT, NEVER_CONNECTED + ": no ZMTP handshake with the peer at "
                    + endpoint + " within " + timeoutMs + " ms");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            monitor.close();
        }
    }
}
