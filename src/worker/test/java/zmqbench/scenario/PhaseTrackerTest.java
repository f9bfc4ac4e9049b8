package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/** The phases and the timeline on a simulated clock: each message takes as long as the test says. */
class PhaseTrackerTest {

    private static final long MS = 1_000_000L;
    private static final SteadyRule RULE = new SteadyRule(5, 5, 5, 1);

    @Test
    void countedPhasesRunTheirCountsAndKeepWindowsFromTheFirstMessage() {
        Run run = new Run(spec(Phase.count(10), Phase.count(20)), false, done -> MS).go();

        assertEquals("fixed", run.tally.steadyState());
        assertEquals(10, run.tally.warmupMessages());
        assertEquals(10 * MS, run.tally.warmupNs());
        assertEquals(20, run.tally.measuredMessages());
        assertEquals(20 * MS, run.tally.elapsedNs());
        assertEquals(30, run.done);
        Timeline timeline = run.tally.timeline();
        assertEquals(6, timeline.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(5, timeline.messages(i), "window " + i);
            assertEquals((i + 1) * 5 * MS, timeline.endNs(i), "window " + i);
            assertEquals(1000.0, timeline.value(i), 1e-9, "1 message a ms, window " + i);
            assertEquals(i >= 2, timeline.measured(i), "window " + i);
        }
        assertEquals(5 * MS, run.tally.windowNs());
    }

    @Test
    void anAutomaticWarmupEndsOnceTheLastKWindowsAgree() {
        // Messages speed up from 4 ms to 1 ms over the first 40 (101.5 ms), then stay at 1 ms: steady
        // once the last five 5-ms windows are at the final rate and so is the median of the five
        // before them: eight windows after the ramp.
        Run run = new Run(spec(Phase.auto(1000), Phase.count(10)), false,
                done -> done < 40 ? 4 * MS - done * 75_000 : MS).go();

        assertEquals("steady", run.tally.steadyState());
        long rampEnd = 101_500_000;
        assertTrue(run.tally.warmupNs() >= rampEnd + 35 * MS && run.tally.warmupNs() <= rampEnd + 50 * MS,
                run.tally.warmupNs() + " ns");
        assertEquals(10, run.tally.measuredMessages());
    }

    @Test
    void aWarmupThatNeverSettlesIsCappedAndFlagged() {
        // Stretches of about five windows at 1 ms a message, then five at 2 ms: the last five
        // windows' median is never within 5% of the five before's.
        Run run = new Run(spec(Phase.auto(100), Phase.count(10)), false, done -> done % 37 < 25 ? MS : 2 * MS)
                .go();

        assertEquals("not steady", run.tally.steadyState());
        assertTrue(run.tally.warmupNs() >= 100 * MS && run.tally.warmupNs() < 102 * MS, run.tally.warmupNs() + " ns");
        assertEquals(10, run.tally.measuredMessages(), "measured anyway");
    }

    @Test
    void aSteadyRateWhileTheJitCompilesIsNotSteady() {
        Run run = new Run(spec(Phase.auto(100), Phase.count(10)), false, done -> MS);
        run.jitPerWindowMs = 2;
        run.go();

        assertEquals("not steady", run.tally.steadyState());
        assertTrue(run.tally.warmupNs() >= 100 * MS, run.tally.warmupNs() + " ns");
    }

    @Test
    void theJitGoingQuietMakesItSteady() {
        Run run = new Run(spec(Phase.auto(1000), Phase.count(10)), false, done -> MS);
        run.jitPerWindowMs = 2;
        run.jitQuietAfterMs = 50;
        run.go();

        assertEquals("steady", run.tally.steadyState());
        assertTrue(run.tally.warmupNs() >= 50 * MS + 5 * 5 * MS && run.tally.warmupNs() < 100 * MS,
                run.tally.warmupNs() + " ns");
    }

    @Test
    void aTimedMeasurementEndsAtTheFirstCheckAfterItsDuration() {
        Run run = new Run(spec(Phase.millis(20), Phase.millis(50)), false, done -> 3 * MS).go();

        assertEquals("fixed", run.tally.steadyState());
        assertEquals(21 * MS, run.tally.warmupNs());
        assertEquals(7, run.tally.warmupMessages());
        assertEquals(17, run.tally.measuredMessages());
        assertEquals(51 * MS, run.tally.elapsedNs());
        Timeline timeline = run.tally.timeline();
        long measured = 0;
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.measured(i)) {
                measured += timeline.messages(i);
            }
        }
        assertEquals(17, measured, "the measured windows hold exactly the measured messages");
    }

    @Test
    void aThroughputReceiverChecksRarelyYetClosesWindowsOnTime() {
        // 1 us a message, 5 ms windows: about 128 checks a window, not 5000.
        Run run = new Run(spec(Phase.millis(20), Phase.millis(30)), true, done -> 1000).go();

        assertTrue(run.checks < run.done / 16, run.checks + " checks for " + run.done + " messages");
        Timeline timeline = run.tally.timeline();
        long previous = 0;
        for (int i = 0; i < timeline.size() - 1; i++) {
            long length = timeline.endNs(i) - previous;
            assertTrue(length <= 5 * MS + 5 * MS / 16, "window " + i + ": " + length + " ns");
            previous = timeline.endNs(i);
        }
        assertEquals(30 * MS, run.tally.elapsedNs(), 5 * MS / 16);
    }

    @Test
    void aZeroWarmupStartsTheMeasurementAtTheFirstMessage() {
        Run run = new Run(spec(Phase.millis(0), Phase.count(4)), false, done -> MS).go();

        assertEquals(0, run.tally.warmupNs());
        assertEquals(4, run.tally.measuredMessages());
        assertFalse(run.tally.timeline().size() > 0 && !run.tally.timeline().measured(0), "no warm-up window");
    }

    private static PeerSpec spec(Phase warmup, Phase measure) {
        return PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.BIND, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:1").size(8).phases(warmup, measure).timeoutMs(1000).steady(RULE).build();
    }

    /** A simulated loop: message {@code done} takes {@code duration(done)} ns; checks as the tracker asks. */
    private static final class Run implements PhaseTracker.Side {
        final PeerTally tally = new PeerTally();
        final PhaseTracker tracker;
        final LongUnaryOperator duration;
        long now = 1_000 * MS;
        final long start = now;
        long done;
        long checks;
        long jitPerWindowMs;
        long jitQuietAfterMs = 1_000_000;

        Run(PeerSpec spec, boolean adaptive, LongUnaryOperator duration) {
            this.duration = duration;
            this.tracker = new PhaseTracker(spec, ProcessMeter.none(), this, adaptive, () -> now, this::jit);
        }

        /** JIT time: grows by jitPerWindowMs each 5 ms until jitQuietAfterMs. */
        private long jit() {
            long elapsed = Math.min(now - start, jitQuietAfterMs * MS);
            return elapsed / (5 * MS) * jitPerWindowMs;
        }

        Run go() {
            tracker.begin(now, done);
            long next = tracker.nextCheck(done);
            while (!tracker.done() && done < 1_000_000) {
                now += duration.applyAsLong(done);
                done++;
                if (done == next) {
                    checks++;
                    tracker.check(now, done);
                    next = tracker.nextCheck(done);
                }
            }
            tracker.report(tally);
            return this;
        }

        @Override
        public double windowValue(long startNs, long endNs, long messages, boolean measured) {
            return messages * 1e9 / (endNs - startNs);
        }
    }
}
