package zmqbench.worker;

import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;
import zmqbench.protocol.ConnectTimeouts;

/**
 * A two-process peer's connection, established before anything counts: the socket's ZMTP
 * handshake with the other worker must complete within its own timeout, else the worker fails
 * with {@link ConnectTimeouts#NEVER_CONNECTED}, a status distinct from lost messages. The C worker
 * does the same (native/worker/handshake.c).
 */
final class PeerConnection implements AutoCloseable {

    private final HandshakeMonitor monitor;
    private final int timeoutMs;
    private boolean closed;

    private PeerConnection(HandshakeMonitor monitor, int timeoutMs) {
        this.monitor = monitor;
        this.timeoutMs = timeoutMs;
    }

    /** Starts watching {@code socket}; call before it binds ({@code accepting}) or connects. */
    static PeerConnection watch(ZmqContext context, ZmqSocket socket, boolean accepting) {
        return new PeerConnection(context.monitorHandshakes(socket), accepting ? ConnectTimeouts.ACCEPT_MS : ConnectTimeouts.CONNECT_MS);
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
            throw new ZmqException(ZmqException.ETIMEDOUT, ConnectTimeouts.NEVER_CONNECTED + ": no ZMTP handshake with the peer at "
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
