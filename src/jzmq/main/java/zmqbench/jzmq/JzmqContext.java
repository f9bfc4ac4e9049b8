package zmqbench.jzmq;

import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.LibzmqHandshakeMonitor;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqSocket;

final class JzmqContext implements ZmqContext {

    private final ZMQ.Context context;

    JzmqContext(ZMQ.Context context) {
        this.context = context;
    }

    @Override
    public ZmqSocket socket(SocketType type) {
        try {
            // JZMQ's type constants are libzmq's numbers.
            return new JzmqSocket(context.socket(type.zmqValue()));
        } catch (ZMQException e) {
            throw JzmqSocket.translate(e, "socket " + type);
        }
    }

    @Override
    public HandshakeMonitor monitorHandshakes(ZmqSocket socket) {
        return LibzmqHandshakeMonitor.start(this, ((JzmqSocket) socket)::monitor);
    }

    @Override
    public void close() {
        try {
            context.term();
        } catch (ZMQException e) {
            throw JzmqSocket.translate(e, "term");
        }
    }
}
