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
        JeromqHandshakeEvents events = JeromqHandshakeEvents.start(context, (JeromqSocket) socket);
        return new JeromqHandshakeMonitor(events::within, this::wakePoller, events::close, JeromqHandshakeMonitor.FIRST_WAKE_MS);
    }

    /**
     * Changes the I/O thread poller's handles (a listener added and removed: the context has one
     * I/O thread), which makes it register any handle it skipped: see {@link JeromqHandshakeMonitor}.
     */
    void wakePoller() {
        try (ZMQ.Socket listener = context.socket(org.zeromq.SocketType.PAIR)) {
            listener.setLinger(0);
            listener.bind("tcp://127.0.0.1:*");
        }
    }

    @Override
    public void close() {
        context.term();
    }
}
