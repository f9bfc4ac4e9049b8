package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Warmup;
import zmqbench.scenario.SteadyRule;

class FixedWarmupCheckTest {

    private static final long WINDOW_NS = 100_000_000L;
    private static final SteadyRule RULE = new SteadyRule(100, 3, 5.0, 0);

    /** Warm-up windows with these rates, each a full window, then two measured ones. */
    private static Warmup counted(double... rates) {
        List<TimelineWindow> timeline = new ArrayList<>();
        long end = 0;
        for (double rate : rates) {
            end += WINDOW_NS;
            timeline.add(new TimelineWindow(end, 1000, rate, false));
        }
        for (int i = 0; i < 2; i++) {
            end += WINDOW_NS;
            timeline.add(new TimelineWindow(end, 1000, 100.0, true));
        }
        return new Warmup(SteadyRule.FIXED, rates.length * WINDOW_NS, 50_000, WINDOW_NS, timeline);
    }

    @Test
    void aCountedWarmupStillRisingWhenItEndsIsFlaggedAsACappedOneIs() {
        Warmup judged = FixedWarmupCheck.judge(counted(10, 20, 40, 80, 160, 320, 640), RULE);
        assertEquals(SteadyRule.FIXED_NOT_STEADY, judged.steadyState());
        assertTrue(judged.notSteady());
        assertFalse(judged.judged(), "its duration is not a time to steady state");
    }

    @Test
    void aCountedWarmupWhoseLastWindowsAgreeStaysFixed() {
        Warmup warmup = counted(10, 50, 99, 100, 101, 100, 99);
        assertSame(warmup, FixedWarmupCheck.judge(warmup, RULE));
        assertFalse(warmup.notSteady());
    }

    @Test
    void aWarmupShorterThanTheWindowsTheRuleNeedsCannotBeShownSteady() {
        assertTrue(FixedWarmupCheck.judge(counted(100, 100, 100, 100, 100), RULE).notSteady());
    }

    @Test
    void theCutShortLastWarmupWindowIsLeftOutMeasuredWindowsToo() {
        Warmup base = counted(50, 100, 100, 100, 100, 100, 100);
        List<TimelineWindow> timeline = new ArrayList<>(base.timeline().subList(0, 7));
        timeline.add(new TimelineWindow(7 * WINDOW_NS + 1_000, 3, 5.0, false));
        timeline.addAll(base.timeline().subList(7, 9));
        Warmup cut = new Warmup(SteadyRule.FIXED, base.durationNs(), 50_000, WINDOW_NS, timeline);
        assertSame(cut, FixedWarmupCheck.judge(cut, RULE));
    }

    @Test
    void autoWarmupsAndNoWarmupAreLeftAsTheWorkerSaidThem() {
        Warmup auto = counted(10, 20, 40).withSteadyState(SteadyRule.NOT_STEADY);
        assertSame(auto, FixedWarmupCheck.judge(auto, RULE));
        Warmup none = new Warmup(SteadyRule.FIXED, 0, 0, WINDOW_NS, List.of());
        assertSame(none, FixedWarmupCheck.judge(none, RULE));
        assertSame(null, FixedWarmupCheck.judge(null, RULE));
    }
}
