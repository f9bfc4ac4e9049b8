package zmqbench.jni;

import java.util.Objects;
import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.LibzmqHandshakeMonitor;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqSocket;

/** A libzmq context ({@code zmq_ctx_new}); its sockets are {@link JniSocket}s. */
public final class JniContext implements ZmqContext {

    private long handle;

    JniContext(long handle) {
        this.handle = handle;
    }

    @Override
    public JniSocket socket(SocketType type) {
        Objects.requireNonNull(type, "type");
        if (handle == 0) {
            throw new IllegalStateException("context is closed");
        }
        return new JniSocket(Native.socket(handle, type.zmqValue()));
    }

    @Override
    public HandshakeMonitor monitorHandshakes(ZmqSocket socket) {
        return LibzmqHandshakeMonitor.start(this, ((JniSocket) socket)::monitor);
    }

    /**
     * {@code zmq_ctx_term}: blocks until every socket of this context is closed (and, per their
     * LINGER, flushed). Closing twice is a no-op.
     */
    @Override
    public void close() {
        long h = handle;
        if (h != 0) {
            handle = 0;
            Native.ctxTerm(h);
        }
    }
}
