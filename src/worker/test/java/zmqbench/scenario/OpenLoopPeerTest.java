package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.backend.SocketOption;
import zmqbench.backend.ZmqSocket;

/**
 * The open-loop pinger against an echoing fake socket and a fake clock, so that every figure is
 * deterministic: no sleeping, no wall-clock time, every loop bounded by the fake clock.
 */
class OpenLoopPeerTest {

    private static final long RATE = 10_000; // one message per 100 µs
    private static final long INTERVAL_NS = 100_000;
    private static final long WARMUP = 100;
    private static final long COUNT = 2_000;
    /** Each read of the fake clock advances it by this much. */
    private static final long TICK_NS = 1_000;
    private static final long STALL_NS = 50_000_000; // 50 ms: 500 messages' worth

    @Test
    void aStallInflatesCorrectedPercentilesButNotUncorrectedOnes() {
        Run steady = run(new FakeClock(TICK_NS, -1, 0), new EchoSocket());
        // The stall comes once, about halfway through the measured phase: at 1 µs a clock read, the
        // warm-up takes some 10 000 reads (10 ms) and the measured phase some 200 000 (200 ms).
        Run stalled = run(new FakeClock(TICK_NS, 110_000, STALL_NS), new EchoSocket());

        assertNull(steady.tally.error());
        assertNull(stalled.tally.error());
        long steadyCorrectedP99 = p99(steady.peer.corrected());
        long steadyUncorrectedP99 = p99(steady.peer.uncorrected());
        long stalledCorrectedP99 = p99(stalled.peer.corrected());
        long stalledUncorrectedP99 = p99(stalled.peer.uncorrected());

        // Without a stall, both are a few clock ticks: send, then receive.
        assertTrue(steadyCorrectedP99 <= 10 * TICK_NS, () -> "steady corrected p99 " + steadyCorrectedP99);
        assertTrue(steadyUncorrectedP99 <= 10 * TICK_NS, () -> "steady uncorrected p99 " + steadyUncorrectedP99);
        // The stall delays the ~500 messages due during it: a quarter of the samples, so p99 is near the stall.
        assertTrue(stalledCorrectedP99 >= STALL_NS * 9 / 10,
                () -> "stalled corrected p99 " + stalledCorrectedP99 + " should be near the " + STALL_NS + " ns stall");
        // Timed from the actual send, those messages waited in nobody's queue: uncorrected does not move.
        assertEquals(steadyUncorrectedP99, stalledUncorrectedP99, "uncorrected p99 ignores the stall");
        assertTrue(p50(stalled.peer.corrected()) < STALL_NS / 10, "the body of the distribution is untouched");
    }

    @Test
    void everyMessageIsSentOnItsScheduleEvenAfterAStall() {
        EchoSocket socket = new EchoSocket();
        Run stalled = run(new FakeClock(TICK_NS, 110_000, STALL_NS), socket);

        assertEquals(WARMUP + COUNT, stalled.tally.messagesSent(), "no message is skipped");
        assertEquals(WARMUP + COUNT, stalled.tally.messagesReceived());
        assertEquals(COUNT, stalled.tally.measuredMessages(), "warm-up is discarded");
        assertEquals(COUNT, stalled.peer.corrected().length);
        assertEquals(COUNT, stalled.peer.uncorrected().length);
        // Intended send times advance by exactly one interval, whatever the clock did.
        List<Long> measuredIntended = socket.intended.subList((int) WARMUP, socket.intended.size());
        for (int i = 1; i < measuredIntended.size(); i++) {
            assertEquals(INTERVAL_NS, measuredIntended.get(i) - measuredIntended.get(i - 1), "interval before " + i);
        }
        // Caught up again after the stall: the rate counts as met.
        assertEquals(RATE, stalled.tally.targetRate());
        assertTrue(stalled.tally.achievedRate() >= 0.99 * RATE, () -> "achieved " + stalled.tally.achievedRate());
    }

    @Test
    void aPingerThatCannotKeepUpMissesTheRate() {
        // Every clock read costs 300 µs, so each send-and-receive turn takes longer than the interval.
        Run slow = run(new FakeClock(300_000, -1, 0), new EchoSocket());

        assertNull(slow.tally.error());
        assertEquals(COUNT, slow.tally.measuredMessages());
        assertTrue(slow.tally.achievedRate() < 0.99 * RATE, () -> "achieved " + slow.tally.achievedRate());
        // The backlog grows all run long: corrected latency shows it, uncorrected does not.
        assertTrue(p99(slow.peer.corrected()) > 100 * p99(slow.peer.uncorrected()));
    }

    @Test
    void theTimelineRunsFromTheFirstMessageWithTheMeasuredRepliesInTheMeasuredWindows() {
        Run run = run(windowed(Phase.count(WARMUP)), new FakeClock(TICK_NS, -1, 0), new EchoSocket());

        assertNull(run.tally.error());
        assertEquals("fixed", run.tally.steadyState());
        assertEquals(WARMUP, run.tally.warmupMessages());
        assertEquals(5_000_000, run.tally.windowNs());
        Timeline timeline = run.peer.timeline();
        // 10 ms of warm-up and 200 ms measured, at the rate: some 2 and 40 windows of 5 ms.
        assertTrue(timeline.size() > 20, () -> timeline.size() + " windows");
        TimelineShape shape = TimelineShape.of(timeline);
        assertEquals(WARMUP, shape.warmupMessages());
        assertEquals(COUNT, shape.measuredMessages(), "the measured windows hold every measured reply");
        assertEquals(run.tally.warmupNs(), timeline.endNs(shape.lastWarmup()),
                "the warm-up's last window ends with it");
        assertTrue(timeline.endNs(timeline.size() - 1) >= run.tally.warmupNs() + run.tally.elapsedNs(),
                "the measured windows cover the measured interval");
        long[] firstMeasured = Arrays.copyOf(run.peer.corrected(), (int) timeline.messages(shape.lastWarmup() + 1));
        assertEquals(Median.ofRange(firstMeasured, 0, firstMeasured.length), timeline.value(shape.lastWarmup() + 1),
                "a measured window's value is the p50 of its corrected round trips");
    }

    @Test
    void aTimedWarmUpSendsNoMoreOnceOverAndEndsWhenItsRepliesAreIn() {
        FakeClock clock = new FakeClock(TICK_NS, -1, 0);
        EchoSocket socket = EchoSocket.delayed(clock, 450_000); // 4-5 messages in flight at any time
        Run run = run(windowed(Phase.millis(20)), clock, socket);

        assertNull(run.tally.error());
        assertEquals("fixed", run.tally.steadyState());
        long warmup = run.tally.warmupMessages();
        assertTrue(warmup >= 20_000_000 / INTERVAL_NS, () -> warmup + " warm-up messages in 20 ms at the rate");
        assertEquals(warmup + COUNT, run.tally.messagesSent());
        assertEquals(warmup + COUNT, run.tally.messagesReceived(), "the warm-up's replies in flight were taken");
        assertEquals(COUNT, run.tally.measuredMessages());
        assertEquals(COUNT, run.peer.corrected().length);
        assertEquals(warmup, TimelineShape.of(run.peer.timeline()).warmupMessages(), "into the warm-up's windows");
        long lastWarmupSend = socket.intended.get((int) warmup - 1);
        long firstMeasuredSend = socket.intended.get((int) warmup);
        assertTrue(firstMeasuredSend - lastWarmupSend >= 450_000,
                () -> "the measured schedule starts after the last warm-up reply: " + (firstMeasuredSend - lastWarmupSend));
    }

    @Test
    void anAutomaticWarmUpEndsSteadyWhenItsWindowsAgree() {
        FakeClock clock = new FakeClock(TICK_NS, -1, 0);
        Run run = run(windowed(Phase.auto(1_000)), clock, EchoSocket.delayed(clock, 250_000));

        assertNull(run.tally.error());
        assertEquals("steady", run.tally.steadyState(), "every round trip takes the same: steady after 5 windows");
        // steady after 5 windows of 10 ms, then the lap under way (a tenth of a second) ends
        assertTrue(run.tally.warmupNs() < 200_000_000, () -> "well before the 1 s cap: " + run.tally.warmupNs());
        assertEquals(run.tally.warmupMessages() + COUNT, run.tally.messagesReceived());
    }

    @Test
    void sendsThatWouldBlockAreRetriedNotSkipped() {
        EchoSocket socket = new EchoSocket();
        socket.refuseEvery = 3; // every third send attempt would block
        Run run = run(new FakeClock(TICK_NS, -1, 0), socket);

        assertNull(run.tally.error());
        assertEquals(WARMUP + COUNT, run.tally.messagesSent());
        assertEquals(COUNT, run.tally.measuredMessages());
    }

    @Test
    void aSilentPeerEndsThePhaseWithAnErrorAfterTheTimeout() {
        EchoSocket socket = new EchoSocket();
        socket.silent = true;
        Run run = run(spec(5), new FakeClock(TICK_NS, -1, 0), socket);

        assertTrue(run.tally.error().startsWith("peer never answered within 5 ms (warm-up phase: 0 of "),
                run.tally::error);
        assertEquals(0, run.tally.measuredMessages());
    }

    @Test
    void aRefusedSendEndsThePhaseWithAnErrorAfterTheTimeout() {
        EchoSocket socket = new EchoSocket();
        socket.refuseEvery = 1; // never accepts: e.g. a peer that never connected
        Run run = run(spec(5), new FakeClock(TICK_NS, -1, 0), socket);

        assertEquals("send not accepted within 5 ms (warm-up message 1 of " + WARMUP + ")", run.tally.error());
        assertEquals(0, run.tally.messagesSent());
    }

    @Test
    void aReplyThatIsNotAnEchoIsAnError() {
        EchoSocket socket = new EchoSocket();
        socket.corrupt = true;
        Run run = run(new FakeClock(TICK_NS, -1, 0), socket);

        assertTrue(run.tally.error().contains("does not carry send times of this warm-up phase"), run.tally::error);
    }

    @Test
    void bothSamplesFilesAreWrittenInReplyOrder(@TempDir Path dir) throws Exception {
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.OPEN_LOOP, Role.CONNECT, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:1").size(16).counted(50, 0).timeoutMs(1000).samples(dir.resolve("samples"))
                .rate(1_000_000).build();

        EchoSocket socket = new EchoSocket();
        PeerTally tally = OpenLoopPeer.run(socket, spec, ProcessMeter.none());

        assertNull(tally.error());
        assertEquals(50, tally.samples());
        assertEquals(1, socket.endMarkers, "one end marker, after the last reply");
        assertEquals(dir.resolve("samples.uncorrected"), OpenLoopPeer.uncorrectedFile(dir.resolve("samples")));
        long[] corrected = readSamples(dir.resolve("samples"));
        long[] uncorrected = readSamples(dir.resolve("samples.uncorrected"));
        assertEquals(50, corrected.length);
        assertEquals(50, uncorrected.length);
        for (int i = 0; i < corrected.length; i++) {
            assertTrue(corrected[i] >= uncorrected[i] && uncorrected[i] >= 0, "sample " + i);
        }
    }

    @Test
    void onlyOpenLoopSpecsRunOpenLoop() {
        PeerSpec latency = PeerSpec.builder("fake", ScenarioKind.LATENCY, Role.CONNECT, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:1").size(16).counted(10, 0).timeoutMs(1000).samples(Path.of("samples"))
                .build();
        assertThrows(IllegalArgumentException.class,
                () -> new OpenLoopPeer(new EchoSocket(), latency, new FakeClock(TICK_NS, -1, 0), () -> 0, () -> { }));
    }

    @Test
    void specsRefuseWhatOpenLoopCannotRun() {
        assertEquals("req-rep is lock-step (one request, then its reply): open-loop needs several messages in flight",
                refusal(Pattern.REQ_REP, 16, RATE));
        assertEquals("push-pull is one way: it cannot echo, so it has no round-trip latency",
                refusal(Pattern.PUSH_PULL, 16, RATE));
        assertEquals("pub-sub is one way: it cannot echo, so it has no round-trip latency",
                refusal(Pattern.PUB_SUB, 16, RATE));
        assertEquals("open-loop needs --size of at least 16 bytes (the intended and the actual send time in every "
                + "message), got 15", refusal(Pattern.PAIR, 15, RATE));
        assertEquals("--rate must be from 1 to 1000000000 messages per second, got 0", refusal(Pattern.PAIR, 16, 0));
        assertEquals("--rate must be from 1 to 1000000000 messages per second, got 1000000001",
                refusal(Pattern.DEALER_ROUTER, 16, 1_000_000_001L));
        assertNull(refusal(Pattern.PAIR, 16, 1));
        assertNull(refusal(Pattern.DEALER_ROUTER, 16, RATE));
        IllegalArgumentException latencyWithRate = assertThrows(IllegalArgumentException.class,
                () -> PeerSpec.builder("fake", ScenarioKind.LATENCY, Role.BIND, Pattern.PAIR)
                        .endpoint("tcp://127.0.0.1:1").size(64).counted(10, 0).timeoutMs(1000).rate(RATE).build());
        assertEquals("--rate applies to --scenario open-loop only, got --rate 10000 with latency",
                latencyWithRate.getMessage());
        assertEquals(16, ScenarioKind.OPEN_LOOP.minimumSize());
        assertEquals(1, ScenarioKind.LATENCY.minimumSize());
        assertTrue(ScenarioKind.OPEN_LOOP.roundTrips());
        assertFalse(ScenarioKind.THROUGHPUT.roundTrips());
    }

    private static String refusal(Pattern pattern, int size, long rate) {
        try {
            PeerSpec.builder("fake", ScenarioKind.OPEN_LOOP, Role.BIND, pattern).endpoint("tcp://127.0.0.1:1")
                    .size(size).counted(10, 0).timeoutMs(1000).rate(rate).build();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private record Run(OpenLoopPeer peer, PeerTally tally) {
    }

    private static Run run(FakeClock clock, EchoSocket socket) {
        return run(spec(10_000), clock, socket);
    }

    private static Run run(PeerSpec spec, FakeClock clock, EchoSocket socket) {
        OpenLoopPeer peer = new OpenLoopPeer(socket, spec, clock, () -> 0, () -> { });
        PeerTally tally = peer.measure(ProcessMeter.none());
        return new Run(peer, tally);
    }

    private static PeerSpec spec(int timeoutMs) {
        return PeerSpec.builder("fake", ScenarioKind.OPEN_LOOP, Role.CONNECT, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:1").size(16).counted(COUNT, WARMUP).timeoutMs(timeoutMs)
                .samples(Path.of("unused")).rate(RATE).build();
    }

    /** A spec with {@code warmup}, {@link #COUNT} measured and 5 ms windows (steady: 5 within 5%). */
    private static PeerSpec windowed(Phase warmup) {
        return PeerSpec.builder("fake", ScenarioKind.OPEN_LOOP, Role.CONNECT, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:1").size(16).phases(warmup, Phase.count(COUNT)).timeoutMs(10_000)
                .samples(Path.of("unused")).pacing(Pacing.rate(RATE)).steady(new SteadyRule(5, 5, 5, 1)).build();
    }

    private static long p99(long[] samples) {
        return percentile(samples, 0.99);
    }

    private static long p50(long[] samples) {
        return percentile(samples, 0.50);
    }

    private static long percentile(long[] samples, double p) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static long[] readSamples(Path file) throws Exception {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        long[] samples = new long[bytes.remaining() / Long.BYTES];
        bytes.asLongBuffer().get(samples);
        return samples;
    }

    /**
     * A monotonic clock that advances by {@code tick} ns at every read, and once, at read number
     * {@code stallAt} (or never, when negative), jumps {@code stall} ns further: the pinger was
     * descheduled, or a GC paused it.
     */
    private static final class FakeClock implements LongSupplier {
        private final long tick;
        private final long stallAt;
        private final long stall;
        private long reads;
        private long now = 1_000_000_000L;

        FakeClock(long tick, long stallAt, long stall) {
            this.tick = tick;
            this.stallAt = stallAt;
            this.stall = stall;
        }

        /** The time now, without a read's tick. */
        long peek() {
            return now;
        }

        @Override
        public long getAsLong() {
            now += tick;
            if (reads++ == stallAt) {
                now += stall;
            }
            return now;
        }
    }

    /**
     * A socket whose peer echoes at once: what is sent can be received on the next receive. It can
     * refuse some sends (as DONTWAIT does when the pipe is full), stay silent, or corrupt replies.
     */
    private static final class EchoSocket implements ZmqSocket {
        final Deque<byte[]> replies = new ArrayDeque<>();
        final List<Long> intended = new ArrayList<>();
        int refuseEvery;
        int endMarkers;
        boolean silent;
        boolean corrupt;
        /** With a clock, a reply can be received only this long after its send. */
        private long replyAfterNs;
        private FakeClock clock;
        private final Deque<Long> replyAt = new ArrayDeque<>();
        private long attempts;

        /** An echo whose replies come {@code replyAfterNs} after their send, by {@code clock}. */
        static EchoSocket delayed(FakeClock clock, long replyAfterNs) {
            EchoSocket socket = new EchoSocket();
            socket.clock = clock;
            socket.replyAfterNs = replyAfterNs;
            return socket;
        }

        @Override
        public boolean send(byte[] buffer, int length, int flags) {
            if (length == 0) { // the end marker, after the last reply: a blocking send, answered at once
                endMarkers++;
                replies.add(new byte[0]);
                replyAt.add(Long.MIN_VALUE);
                return true;
            }
            assertEquals(DONTWAIT, flags, "the pinger never blocks on send");
            if (refuseEvery > 0 && ++attempts % refuseEvery == 0) {
                return false;
            }
            byte[] copy = Arrays.copyOf(buffer, length);
            intended.add(ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).getLong(0));
            if (corrupt) {
                copy[7] ^= 0x40;
            }
            if (!silent) {
                replies.add(copy);
                replyAt.add(clock == null ? Long.MIN_VALUE : clock.peek() + replyAfterNs);
            }
            return true;
        }

        @Override
        public int receive(byte[] buffer, int flags) {
            boolean marker = replies.peek() != null && replies.peek().length == 0;
            assertEquals(marker ? 0 : DONTWAIT, flags, "the pinger never blocks on receive, but for the end marker");
            if (replies.isEmpty() || (clock != null && replyAt.peek() > clock.peek())) {
                return -1;
            }
            byte[] reply = replies.poll();
            replyAt.poll();
            System.arraycopy(reply, 0, buffer, 0, Math.min(buffer.length, reply.length));
            return reply.length;
        }

        @Override
        public void setOption(SocketOption option, int value) {
        }

        @Override
        public void setOption(SocketOption option, byte[] value) {
        }

        @Override
        public String bind(String endpoint) {
            return endpoint;
        }

        @Override
        public void connect(String endpoint) {
        }

        @Override
        public boolean hasMore() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
