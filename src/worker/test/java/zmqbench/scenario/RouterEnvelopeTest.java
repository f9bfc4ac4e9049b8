package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dealer-router: the ROUTER side sees a routing-id frame before each payload. */
class RouterEnvelopeTest {

    private static final byte[] ROUTING_ID = {0, 0x12, 0x34, 0x56, 0x78};

    @Test
    void echoRepliesThroughTheRoutingId() {
        PeerSpec spec = spec(ScenarioKind.LATENCY, 2, 3);
        FakeSocket socket = new FakeSocket();
        for (int i = 0; i < spec.total(); i++) {
            socket.queue(ROUTING_ID, payload(spec.size(), i));
        }
        socket.queue(ROUTING_ID, new byte[0]);

        PeerTally tally = EchoPeer.run(socket, spec, ProcessMeter.none());

        assertNull(tally.error());
        assertEquals(5, tally.messagesReceived());
        assertEquals(5, tally.messagesSent());
        List<FakeSocket.Frame> sent = socket.sent();
        assertEquals(12, sent.size());
        assertArrayEquals(ROUTING_ID, sent.get(10).data(), "the end marker is answered through the routing id");
        assertArrayEquals(new byte[0], sent.get(11).data(), "with an end marker");
        for (int i = 0; i < spec.total(); i++) {
            FakeSocket.Frame envelope = sent.get(2 * i);
            FakeSocket.Frame body = sent.get(2 * i + 1);
            assertArrayEquals(ROUTING_ID, envelope.data(), "routing id of reply " + i);
            assertTrue(envelope.more(), "routing id is sent with SNDMORE");
            assertArrayEquals(payload(spec.size(), i), body.data(), "payload of reply " + i);
            assertFalse(body.more());
        }
    }

    @Test
    void echoWithoutEnvelopeSendsThePayloadOnly() {
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.LATENCY, Role.BIND, Pattern.REQ_REP)
                .endpoint("tcp://127.0.0.1:1").size(8).counted(2, 0).timeoutMs(1000).build();
        FakeSocket socket = new FakeSocket().queue(payload(8, 1)).queue(payload(8, 2)).queue(new byte[0]);

        PeerTally tally = EchoPeer.run(socket, spec, ProcessMeter.none());

        assertNull(tally.error());
        assertEquals(List.of("1", "2", "end"), socket.sent().stream()
                .map(frame -> frame.data().length == 0 ? "end" : Integer.toString(frame.data()[0])).toList());
    }

    @Test
    void receiverSkipsTheRoutingIdAndCountsPayloads() {
        PeerSpec spec = spec(ScenarioKind.THROUGHPUT, 2, 4);
        FakeSocket socket = new FakeSocket();
        for (int i = 0; i < spec.total(); i++) {
            socket.queue(ROUTING_ID, payload(spec.size(), i));
        }
        socket.queue(ROUTING_ID, new byte[0]);

        PeerTally tally = ReceiverPeer.run(socket, spec, ProcessMeter.none(), () -> { });

        assertNull(tally.error());
        assertEquals(6, tally.messagesReceived());
        assertEquals(4, tally.measuredMessages());
        assertEquals(0, tally.dropped());
        assertEquals(0, socket.pending());
    }

    private static PeerSpec spec(ScenarioKind scenario, long warmup, long count) {
        return PeerSpec.builder("fake", scenario, Role.BIND, Pattern.DEALER_ROUTER).endpoint("tcp://127.0.0.1:1")
                .size(16).counted(count, warmup).timeoutMs(1000).build();
    }

    private static byte[] payload(int size, int mark) {
        byte[] payload = new byte[size];
        Arrays.fill(payload, (byte) mark);
        return payload;
    }
}
