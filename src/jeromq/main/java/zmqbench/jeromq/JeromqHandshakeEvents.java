package zmqbench.jeromq;

import java.util.concurrent.atomic.AtomicInteger;
import org.zeromq.ZMQ;

/**
 * The handshake of one JeroMQ socket, read from its public socket monitor ({@code ZMQ.Socket.monitor},
 * in every JeroMQ release; the event hook is 0.6.0's only). JeroMQ publishes the watched socket's
 * events on an inproc PAIR, read here by a PAIR of the same context with a receive timeout.
 * JeroMQ 0.5.4 and 0.6.0 both emit HANDSHAKE_PROTOCOL once the greetings are exchanged and the
 * ZMTP version agreed (end of {@code StreamEngine.handshake}), and never HANDSHAKE_SUCCEEDED.
 */
final class JeromqHandshakeEvents implements AutoCloseable {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final JeromqSocket watched;
    private final ZMQ.Socket reader;
    private boolean handshaken;

    private JeromqHandshakeEvents(JeromqSocket watched, ZMQ.Socket reader) {
        this.watched = watched;
        this.reader = reader;
    }

    /** Starts the monitor of {@code watched} and connects a reader to it; call before it binds or connects. */
    static JeromqHandshakeEvents start(ZMQ.Context context, JeromqSocket watched) {
        String endpoint = "inproc://zmqbench-jeromq-monitor-" + SERIAL.incrementAndGet();
        watched.monitor(endpoint, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
        ZMQ.Socket reader = context.socket(org.zeromq.SocketType.PAIR);
        try {
            reader.setLinger(0);
            reader.connect(endpoint);
        } catch (RuntimeException e) {
            reader.close();
            watched.stopMonitor();
            throw e;
        }
        return new JeromqHandshakeEvents(watched, reader);
    }

    /** Whether the handshake has come, waiting for it up to {@code timeoutMs} (0: not at all). */
    boolean within(int timeoutMs) {
        if (!handshaken) {
            reader.setReceiveTimeOut(timeoutMs);
            ZMQ.Event event = ZMQ.Event.recv(reader);
            handshaken = event != null && event.getEvent() == ZMQ.EVENT_HANDSHAKE_PROTOCOL;
        }
        return handshaken;
    }

    /** Stops the monitor first, so that nothing of it runs while the peers measure. */
    @Override
    public void close() {
        watched.stopMonitor();
        reader.close();
    }
}
