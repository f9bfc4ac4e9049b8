package zmqbench.jeromq;

import org.zeromq.ZMQ;
import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqSocket;

final class JeromqContext implements ZmqContext {

    private final ZMQ.Context context;

    JeromqContext(ZMQ.Context context) {
        this.context = context;
    }

    @Override
    public ZmqSocket socket(SocketType type) {
        return new JeromqSocket(context.socket(org.zeromq.SocketType.type(type.zmqValue())));
    }

    @Override
    public HandshakeMonitor monitorHandshakes(ZmqSocket socket) {
        return ((JeromqSocket) socket).monitorHandshakes();
    }

    @Override
    public void close() {
        context.term();
    }
}
