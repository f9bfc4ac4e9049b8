package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EchoPeerTest {

    private static PeerSpec spec() {
        return PeerSpec.builder("fake", ScenarioKind.LATENCY, Role.BIND, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:1").size(8).counted(2, 8).timeoutMs(1000).build();
    }

    private static FakeSocket tenMessagesThenTheEnd() {
        FakeSocket socket = new FakeSocket();
        for (int i = 0; i < 10; i++) {
            socket.queue(new byte[8]);
        }
        return socket.queue(new byte[0]);
    }

    @Test
    void itsMeterCoversEverythingAfterTheFirstReply() {
        PeerTally tally = EchoPeer.run(tenMessagesThenTheEnd(), spec(), ProcessMeter.none());
        assertNull(tally.error());
        assertEquals(10, tally.messagesSent());
        assertEquals(9, tally.measuredMessages());
    }

    @Test
    void theParentsWordThatTheWarmupIsOverStartsItsMeterAgainAtTheNextMessage() {
        FakeSocket socket = tenMessagesThenTheEnd();
        ProcessMeter meter = ProcessMeter.none();
        AtomicInteger replies = new AtomicInteger();
        socket.afterEachSend(() -> {
            if (replies.incrementAndGet() == 4) {
                meter.requestRestart(); // as the stdin reader does, between two messages
            }
        });
        PeerTally tally = EchoPeer.run(socket, spec(), meter);
        assertEquals(10, tally.messagesSent());
        assertEquals(6, tally.measuredMessages(), "metered from the fourth reply on, as from the first before");
        assertFalse(meter.restartRequested(), "the restart took the request");
    }
}
