package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sliced run's phases on a simulated clock (1 us a message): the warm record, the slices'
 * counts and times, the sums, and a throughput receiver's drain to its first slice.
 */
class SlicedPhasesTest {

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final SteadyRule RULE = new SteadyRule(5, 3, 5, 1);

    @Test
    void aPingerWarmsUpThenTimesEachSlicesNAfterItsP() {
        Run run = new Run(ScenarioKind.LATENCY, Phase.count(10_000), false);
        run.lines.add("slice 500 20 0");
        run.lines.add("slice 300 1 0");
        run.lines.add("end");
        run.go();

        assertEquals(List.of("warm fixed 10000000 10000"), run.warms);
        assertEquals(1e6, run.warmRate, 1e-3, "1 message a us over the last 3 windows");
        assertEquals(List.of("slice 500 500000", "slice 300 300000"), run.slices);
        assertEquals(10_000 + 20 + 500 + 1 + 300, run.done, "the end line is read where the last slice ends");
        run.tracker.report(run.tally);
        assertEquals(800, run.tally.measuredMessages());
        assertEquals(800 * US, run.tally.elapsedNs());
        assertEquals(10_000, run.tally.warmupMessages());
        Timeline timeline = run.tally.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            assertFalse(timeline.measured(i), "the timeline is the warm-up's");
        }
        assertEquals(10 * MS, timeline.endNs(timeline.size() - 1));
    }

    @Test
    void aReceiverDrainsToItsFirstSliceThenCountsFromTheSendersTotal() {
        Run run = new Run(ScenarioKind.THROUGHPUT, Phase.count(20_000), true);
        // The sender paused 37 messages after the receiver's warm-up ended; its slice line is there
        // when the first message of the pre-roll arrives, and with P = 1 that message is its last.
        run.readyFrom = 20_000 + 38;
        run.lines.add("slice 1000 1 20037");
        run.lines.add("slice 500 10 21038");
        run.lines.add("end");
        run.go();

        assertEquals(List.of("warm fixed 20000000 20000"), run.warms);
        assertEquals(List.of("slice 1000 1000000", "slice 500 500000"), run.slices);
        assertEquals(20_037 + 1 + 1000 + 10 + 500, run.done);
        run.tracker.report(run.tally);
        assertEquals(1500, run.tally.measuredMessages());
        assertEquals(1500 * US, run.tally.elapsedNs());
        assertEquals(20_037, run.tally.warmupMessages(), "the warm-up's in-flight tail counts as warm-up");
    }

    @Test
    void aSliceLineWhoseSIsBehindWhatArrivedIsAnError() {
        Run run = new Run(ScenarioKind.THROUGHPUT, Phase.count(100), true);
        run.readyFrom = 0;
        run.lines.add("slice 10 1 50");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run::go);
        assertTrue(e.getMessage().startsWith("slice line with S 50 and P 1, but 101 messages were received already"),
                e::getMessage);
    }

    @Test
    void anEndRightAfterTheWarmupMeasuresNothing() {
        Run run = new Run(ScenarioKind.LATENCY, Phase.millis(3), false);
        run.lines.add("end");
        run.go();

        run.tracker.report(run.tally);
        assertEquals(1, run.warms.size());
        assertEquals(List.of(), run.slices);
        assertEquals(0, run.tally.measuredMessages());
        assertEquals(0, run.tally.elapsedNs());
    }

    /** A simulated loop, 1 us a message, checking as the tracker asks, with the parent's lines scripted. */
    private static final class Run implements PhaseTracker.Side, SliceLink {
        final PeerTally tally = new PeerTally();
        final PhaseTracker tracker;
        final Deque<String> lines = new ArrayDeque<>();
        final List<String> warms = new ArrayList<>();
        final List<String> slices = new ArrayList<>();
        double warmRate;
        long readyFrom = Long.MAX_VALUE;
        long now = 1_000 * MS;
        long done;

        Run(ScenarioKind scenario, Phase warmup, boolean adaptive) {
            Role role = scenario == ScenarioKind.LATENCY ? Role.CONNECT : Role.BIND;
            PeerSpec spec = PeerSpec.builder("fake", scenario, role, Pattern.PAIR)
                    .endpoint("tcp://127.0.0.1:1").size(8).phases(warmup, Phase.slices()).timeoutMs(1000)
                    .samples(scenario == ScenarioKind.LATENCY ? Path.of("samples") : null).steady(RULE).build();
            tracker = new PhaseTracker(spec, ProcessMeter.none(), this, this, adaptive, () -> now, () -> 0);
        }

        void go() {
            tracker.begin(now, done);
            long next = tracker.nextCheck(done);
            while (!tracker.done() && done < 1_000_000) {
                now += US;
                done++;
                if (done == next) {
                    tracker.check(now, done);
                    next = tracker.nextCheck(done);
                }
            }
        }

        @Override
        public double windowValue(long startNs, long endNs, long messages, boolean measured) {
            return messages * 1e9 / (endNs - startNs);
        }

        @Override
        public SliceCommand next() {
            return SliceCommand.parse(lines.remove());
        }

        /** The receiver's line is there once message {@link #readyFrom} has arrived. */
        @Override
        public boolean ready() {
            return done >= readyFrom;
        }

        @Override
        public void warm(String steadyState, long warmupNs, long warmupMessages, double rate) {
            warms.add("warm " + steadyState + " " + warmupNs + " " + warmupMessages);
            warmRate = rate;
        }

        @Override
        public void sliced(long messages, long elapsedNs, long p50Ns, long p99Ns) {
            slices.add("slice " + messages + " " + elapsedNs);
        }
    }
}
