package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sliced throughput sender: its warm-up, its pause on stop, P + N per slice line, the end marker at end. */
class SlicedSenderTest {

    private final SenderControl control = new SenderControl();
    private final FakeSocket socket = new FakeSocket();
    private final List<Long> paused = new ArrayList<>();

    @Test
    void aWarmupUntilStopPausesAtTheNextChunkAndSaysHowManyItSent() throws InterruptedException {
        PeerTally tally = run(Phase.millis(100), 3000, "slice 100 10", "slice 50 5");

        long warmup = 3 * SenderSlices.WARMUP_CHUNK;
        assertEquals(List.of(warmup), paused, "the stop is seen where the chunk it came in ends");
        assertEquals(warmup + 110 + 55, tally.messagesSent());
        assertEquals(warmup, tally.warmupMessages());
        assertEquals(150, tally.measuredMessages(), "the slices' N");
        assertEquals(warmup + 165 + 1, socket.sent().size(), "then one end marker");
        assertEquals(0, socket.sent().get(socket.sent().size() - 1).data().length);
        assertNull(tally.error());
    }

    @Test
    void aCountedWarmupSendsItsCountThenWaitsForLines() throws InterruptedException {
        PeerTally tally = run(Phase.count(2500), 2500, "slice 5 2");

        assertEquals(List.of(2500L), paused, "a stop after a counted warm-up is answered too");
        assertEquals(2507, tally.messagesSent());
        assertEquals(2500, tally.warmupMessages());
        assertEquals(5, tally.measuredMessages());
        assertEquals(2508, socket.sent().size());
    }

    /**
     * Runs a sender with {@code warmup}; once it has sent {@code stopAt}, the parent's part: stop,
     * {@code slices}, end, release.
     */
    private PeerTally run(Phase warmup, int stopAt, String... slices) throws InterruptedException {
        socket.afterEachSend(() -> {
            if (socket.sent().size() == stopAt) {
                control.requestStop();
                for (String slice : slices) {
                    control.command(slice);
                }
                control.command("end");
                control.release();
            }
        });
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.CONNECT, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:1").size(8).phases(warmup, Phase.slices()).timeoutMs(1000).build();
        return SenderPeer.runSliced(socket, spec, ProcessMeter.none(), control, paused::add);
    }
}
