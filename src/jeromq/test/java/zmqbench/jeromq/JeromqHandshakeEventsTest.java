package zmqbench.jeromq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.ZMQ;
import zmqbench.backend.SocketOption;

class JeromqHandshakeEventsTest {

    private final ZMQ.Context context = ZMQ.context(1);

    @AfterEach
    void terminate() {
        context.term(); // returns only once every socket, the monitor's reader too, is closed
    }

    private JeromqSocket pair() {
        JeromqSocket socket = new JeromqSocket(context.socket(org.zeromq.SocketType.PAIR));
        socket.setOption(SocketOption.LINGER, 0);
        socket.setOption(SocketOption.RCVTIMEO, 10_000);
        return socket;
    }

    @Test
    void noPeerMeansNoHandshake() {
        try (JeromqSocket watched = pair(); JeromqHandshakeEvents events = JeromqHandshakeEvents.start(context, watched)) {
            watched.bind("tcp://127.0.0.1:*");
            assertFalse(events.within(0));
            assertFalse(events.within(50));
        }
    }

    @Test
    void aConnectionsHandshakeIsSeenAndStaysSeen() {
        try (JeromqSocket bound = pair(); JeromqSocket connected = pair()) {
            String endpoint = bound.bind("tcp://127.0.0.1:*");
            try (JeromqHandshakeEvents events = JeromqHandshakeEvents.start(context, connected)) {
                connected.connect(endpoint);
                assertTrue(events.within(10_000));
                assertTrue(events.within(0));
            }
            // the monitor stopped and its reader closed, the connection carries on
            assertTrue(connected.send("ping".getBytes(), 4, 0));
            assertEquals(4, bound.receive(new byte[8], 0));
        }
    }
}
