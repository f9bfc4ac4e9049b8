package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The pub-sub stream ({@link PubSubStream}) end to end over fake sockets: numbering, filter, drops, end. */
class PubSubTest {

    private static final int SIZE = 12;
    private static final int HELLOS = 3;
    private static final Runnable NO_ONE = () -> { };

    /** A control whose release has come: a counted publisher's end markers stop at once. */
    private static SenderControl released() {
        SenderControl control = new SenderControl();
        control.release();
        return control;
    }

    @Test
    void publisherSendsHellosNumberedDataOtherTopicAndAnEndMarker() throws InterruptedException {
        PeerSpec spec = spec(Role.CONNECT, 2, 5);
        FakeSocket pub = new FakeSocket();

        PeerTally tally = PublisherPeer.run(pub, spec, ProcessMeter.none(), released(), HELLOS);

        assertNull(tally.error());
        assertEquals(7, tally.messagesSent(), "data messages only");
        List<String> stream = pub.sent().stream().map(frame -> describe(frame.data())).toList();
        assertEquals(List.of("D-2", "D-2", "D-2", "D0", "D1", "D2", "O2", "D3", "D4", "D5", "O5", "D6", "D-1"),
                stream);
        assertTrue(pub.sent().stream().allMatch(frame -> frame.data().length == SIZE));
    }

    @Test
    void droppedCountsTheMeasuredMessagesThatNeverArrived() throws InterruptedException {
        PeerSpec spec = spec(Role.BIND, 10, 40);
        // 3 and 7 are warm-up (not counted); 10 (the first measured), 25 and 49 (the last) are measured
        Set<Long> lost = Set.of(3L, 7L, 10L, 25L, 49L);
        FakeSocket sub = deliver(publish(spec), sequence -> lost.contains(sequence));

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), NO_ONE);

        assertNull(tally.error());
        assertEquals(3, tally.dropped());
        assertEquals(50 - 5, tally.messagesReceived(), "data messages, warm-up included");
        assertEquals(40 - 3 - 1, tally.measuredMessages(), "after the first measured one started the clock");
        assertEquals(0, sub.pending(), "stopped at the end marker, which came last");
    }

    @Test
    void theSubscriberKeepsATimelineWhoseMeasuredWindowsHoldTheMeasuredMessages() throws InterruptedException {
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.BIND, Pattern.PUB_SUB)
                .endpoint("tcp://127.0.0.1:1").size(SIZE).phases(Phase.count(1_000), Phase.count(5_000))
                .timeoutMs(1000).steady(new SteadyRule(1, 5, 5, 1)).build();
        // Drops in both phases; the last message (5999) arrives.
        FakeSocket sub = deliver(publish(spec), sequence -> sequence % 97 == 5);
        int frames = sub.pending();
        // 10 us a message: 100 a 1-ms window.
        LongSupplier clock = () -> 1_000_000_000L + (frames - sub.pending()) * 10_000L;
        PhaseTracker phases = new PhaseTracker(spec, ProcessMeter.none(), ReceiverPeer.DELIVERY_RATE, true, clock,
                () -> 0);

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), phases, clock, NO_ONE);

        assertNull(tally.error());
        long measuredDrops = java.util.stream.LongStream.range(1_000, 6_000).filter(s -> s % 97 == 5).count();
        assertEquals(measuredDrops, tally.dropped());
        assertEquals(5_000 - measuredDrops - 1, tally.measuredMessages(), "after the first measured one");
        assertEquals("fixed", tally.steadyState());
        assertEquals(1_000, tally.warmupMessages());
        assertEquals(1_000_000, tally.windowNs());
        Timeline timeline = tally.timeline();
        assertTrue(timeline.size() > 40, () -> timeline.size() + " windows");
        TimelineShape shape = TimelineShape.of(timeline);
        assertEquals(tally.measuredMessages(), shape.measuredMessages(),
                "the measured windows hold the measured messages");
        assertEquals(tally.messagesReceived() - 1, shape.warmupMessages() + shape.measuredMessages(),
                "every message after the first");
        assertEquals(tally.warmupNs(), timeline.endNs(shape.lastWarmup()), "the warm-up's last window ends with it");
        assertEquals(tally.warmupNs() + tally.elapsedNs(), timeline.endNs(timeline.size() - 1),
                "the measured windows cover the measured interval");
    }

    @Test
    void aTimedPublisherSendsUntilToldToStopThenEndMarkers() throws InterruptedException {
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.CONNECT, Pattern.PUB_SUB)
                .endpoint("tcp://127.0.0.1:1").size(SIZE).phases(Phase.auto(5_000), Phase.millis(1_000))
                .timeoutMs(1000).steady(new SteadyRule(1, 5, 5, 1)).build();
        SenderControl control = new SenderControl();
        FakeSocket pub = new FakeSocket();
        pub.afterEachSend(() -> {
            if (pub.sent().size() == HELLOS + 8) { // 6 data and 2 other-topic messages
                control.requestStop();
            }
            if (describe(pub.sent().get(pub.sent().size() - 1).data()).equals("D-1")) {
                control.release(); // the parent, once the subscriber has seen an end marker
            }
        });

        PeerTally tally = PublisherPeer.run(pub, spec, ProcessMeter.none(), control, HELLOS);

        assertNull(tally.error());
        assertEquals(6, tally.messagesSent());
        assertEquals(0, tally.warmupMessages(), "a timed publisher cannot tell where the warm-up ended");
        List<String> stream = pub.sent().stream().map(frame -> describe(frame.data())).toList();
        assertEquals(List.of("D-2", "D-2", "D-2", "D0", "D1", "D2", "O2", "D3", "D4", "D5", "O5", "D-1"), stream);
    }

    @Test
    void timedPhasesEndAtACheckAndCountTheDropsWithinTheMeasuredSpan() throws InterruptedException {
        // 2 ms of warm-up and 20 ms measured, at 10 us a message (100 a 1-ms window): the measurement
        // holds about 2000 of the 5000 messages sent; every 10th sequence number is lost.
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.BIND, Pattern.PUB_SUB)
                .endpoint("tcp://127.0.0.1:1").size(SIZE).phases(Phase.millis(2), Phase.millis(20)).timeoutMs(1000)
                .steady(new SteadyRule(1, 5, 5, 1)).build();
        FakeSocket sub = deliver(publish(spec(Role.CONNECT, 0, 5_000)), sequence -> sequence % 10 == 3);
        int frames = sub.pending();
        LongSupplier clock = () -> 1_000_000_000L + (frames - sub.pending()) * 10_000L;
        PhaseTracker phases = new PhaseTracker(spec, ProcessMeter.none(), ReceiverPeer.DELIVERY_RATE, true, clock,
                () -> 0);
        int[] measuredCalls = {0};

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), phases, clock, () -> measuredCalls[0]++);

        assertNull(tally.error());
        assertEquals(1, measuredCalls[0], "the parent hears once that the measurement is over");
        assertEquals(4_500, tally.messagesReceived(), "every data message up to the end marker");
        assertEquals(0, sub.pending(), "stopped at the end marker");
        long span = tally.measuredMessages() + tally.dropped();
        assertTrue(span > 1_800 && span < 2_500, () -> "measured span of " + span + " sequence numbers");
        assertTrue(Math.abs(tally.dropped() - span / 10.0) <= 1, () -> tally.dropped() + " dropped of " + span);
        assertTrue(Math.abs(tally.elapsedNs() - 20_000_000L) <= 2_000_000L, () -> tally.elapsedNs() + " ns measured");
        assertEquals("fixed", tally.steadyState());
        TimelineShape shape = TimelineShape.of(tally.timeline());
        assertEquals(tally.measuredMessages(), shape.measuredMessages(),
                "the measured windows hold the measured messages");
        assertEquals(tally.warmupMessages(), shape.warmupMessages() + 1, "the warm-up's, after the first message");
    }

    @Test
    void nothingDroppedIsZero() throws InterruptedException {
        PeerSpec spec = spec(Role.BIND, 0, 30);
        FakeSocket sub = deliver(publish(spec), sequence -> false);

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), NO_ONE);

        assertNull(tally.error());
        assertEquals(0, tally.dropped());
        assertEquals(30, tally.messagesReceived());
        assertEquals(29, tally.measuredMessages());
    }

    @Test
    void subscriberStopsAtTheFirstEndMarker() {
        PeerSpec spec = spec(Role.BIND, 0, 10);
        FakeSocket sub = new FakeSocket();
        sub.queue(message(PubSubStream.DATA_TOPIC, PubSubStream.HELLO));
        for (long sequence = 0; sequence < 4; sequence++) {
            sub.queue(message(PubSubStream.DATA_TOPIC, sequence));
        }
        sub.queue(message(PubSubStream.DATA_TOPIC, PubSubStream.END));
        sub.queue(message(PubSubStream.DATA_TOPIC, PubSubStream.END));
        sub.queue(message(PubSubStream.DATA_TOPIC, 4));

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), NO_ONE);

        assertNull(tally.error());
        assertEquals(4, tally.messagesReceived());
        assertEquals(6, tally.dropped());
        assertEquals(2, sub.pending(), "the second end marker and what follows stay unread");
    }

    @Test
    void silenceAfterDataEndsTheRunWithoutAnError() {
        PeerSpec spec = spec(Role.BIND, 1, 5);
        FakeSocket sub = new FakeSocket();
        for (long sequence = 0; sequence < 4; sequence++) {
            sub.queue(message(PubSubStream.DATA_TOPIC, sequence));
        }

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), NO_ONE);

        assertNull(tally.error());
        assertEquals(4, tally.messagesReceived());
        assertEquals(2, tally.dropped());
    }

    @Test
    void silenceWithNoDataIsAnError() {
        PeerSpec spec = spec(Role.BIND, 0, 5);
        FakeSocket sub = new FakeSocket().queue(message(PubSubStream.DATA_TOPIC, PubSubStream.HELLO));

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), NO_ONE);

        assertEquals("timed out after 1000 ms: received no data message", tally.error());
        assertEquals(0, tally.messagesReceived());
    }

    @Test
    void aMessageOnTheOtherTopicMeansTheFilterFailed() {
        PeerSpec spec = spec(Role.BIND, 0, 5);
        FakeSocket sub = new FakeSocket()
                .queue(message(PubSubStream.DATA_TOPIC, 0))
                .queue(message(PubSubStream.OTHER_TOPIC, 0));

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), NO_ONE);

        assertTrue(tally.error().contains("topic 'O', which is not subscribed"), tally.error());
    }

    @Test
    void aSequenceThatGoesBackIsAnError() {
        PeerSpec spec = spec(Role.BIND, 0, 5);
        FakeSocket sub = new FakeSocket()
                .queue(message(PubSubStream.DATA_TOPIC, 2))
                .queue(message(PubSubStream.DATA_TOPIC, 1));

        PeerTally tally = SubscriberPeer.run(sub, spec, ProcessMeter.none(), NO_ONE);

        assertTrue(tally.error().startsWith("data message 1 after 2"), tally.error());
    }

    @Test
    void theSubscriptionIsTheDataTopic() {
        assertEquals("D", new String(Pattern.PUB_SUB.subscription(), StandardCharsets.US_ASCII));
        assertNull(Pattern.PAIR.subscription());
    }

    @Test
    void sizeBelowNineIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec(Role.BIND, 0, 5, 8));
        assertEquals("pub-sub needs --size of at least 9 bytes (a topic byte and an 8-byte sequence number in "
                + "every message), got 8", e.getMessage());
        assertEquals(9, spec(Role.BIND, 0, 5, 9).size());
        assertEquals(1, PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.BIND, Pattern.PUSH_PULL)
                .endpoint("tcp://127.0.0.1:1").size(1).counted(5, 0).timeoutMs(1000).build().size(),
                "other patterns keep the 1-byte minimum");
    }

    @Test
    void latencyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeerSpec.builder("fake", ScenarioKind.LATENCY, Role.BIND, Pattern.PUB_SUB)
                        .endpoint("tcp://127.0.0.1:1").size(SIZE).counted(5, 0).timeoutMs(1000).build());
        assertEquals("pub-sub is one way: it cannot echo, so it has no round-trip latency", e.getMessage());
    }

    /** What the publisher of {@code spec} sends, messages in order. */
    private static List<byte[]> publish(PeerSpec spec) throws InterruptedException {
        PeerSpec publisher = spec(Role.CONNECT, spec.warmup(), spec.count());
        FakeSocket pub = new FakeSocket();
        PeerTally tally = PublisherPeer.run(pub, publisher, ProcessMeter.none(), released(), HELLOS);
        assertNull(tally.error());
        return pub.sent().stream().map(FakeSocket.Frame::data).toList();
    }

    /** A SUB socket's view: the subscription filter applied, and the chosen data messages lost. */
    private static FakeSocket deliver(List<byte[]> published, LongPredicate drop) {
        byte[] subscription = Pattern.PUB_SUB.subscription();
        List<byte[]> delivered = new ArrayList<>();
        for (byte[] message : published) {
            boolean subscribed = Arrays.equals(message, 0, subscription.length, subscription, 0,
                    subscription.length);
            long sequence = PubSubStream.sequence(message);
            if (subscribed && !(sequence >= 0 && drop.test(sequence))) {
                delivered.add(message);
            }
        }
        FakeSocket sub = new FakeSocket();
        delivered.forEach(sub::queue);
        return sub;
    }

    private static byte[] message(byte topic, long sequence) {
        byte[] payload = new byte[SIZE];
        PubSubStream.stamp(payload, topic, sequence);
        return payload;
    }

    private static String describe(byte[] message) {
        return (char) message[0] + Long.toString(PubSubStream.sequence(message));
    }

    private static PeerSpec spec(Role role, long warmup, long count) {
        return spec(role, warmup, count, SIZE);
    }

    private static PeerSpec spec(Role role, long warmup, long count, int size) {
        return PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, role, Pattern.PUB_SUB).endpoint("tcp://127.0.0.1:1")
                .size(size).counted(count, warmup).timeoutMs(1000).build();
    }
}
