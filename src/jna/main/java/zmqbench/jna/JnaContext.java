package zmqbench.jna;

import com.sun.jna.Pointer;
import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.LibzmqHandshakeMonitor;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqSocket;

final class JnaContext implements ZmqContext {

    private Pointer context;

    JnaContext() {
        Pointer created = LibZmq.zmq_ctx_new();
        if (created == null) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_ctx_new");
        }
        this.context = created;
    }

    @Override
    public ZmqSocket socket(SocketType type) {
        if (context == null) {
            throw new IllegalStateException("context is closed");
        }
        Pointer socket = LibZmq.zmq_socket(context, type.zmqValue());
        if (socket == null) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_socket " + type);
        }
        return new JnaSocket(socket);
    }

    @Override
    public HandshakeMonitor monitorHandshakes(ZmqSocket socket) {
        return LibzmqHandshakeMonitor.start(this, ((JnaSocket) socket)::monitor);
    }

    @Override
    public void close() {
        if (context == null) {
            return;
        }
        while (LibZmq.zmq_ctx_term(context) != 0) {
            int errno = NativeZmq.errno();
            if (errno != LibZmq.EINTR) {
                throw NativeZmq.error(errno, "zmq_ctx_term");
            }
        }
        context = null;
    }
}
