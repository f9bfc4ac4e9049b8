package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every timed side's timeline must look like, checked: windows in order, positive values,
 * the warm-up's first and the measured ones after; and the sums the tests compare with the tally.
 *
 * @param warmupMessages messages of the warm-up windows
 * @param measuredMessages messages of the measured windows
 * @param lastWarmup index of the last warm-up window, -1 when there is none
 */
record TimelineShape(long warmupMessages, long measuredMessages, int lastWarmup) {

    static TimelineShape of(Timeline timeline) {
        long warmup = 0;
        long measured = 0;
        int lastWarmup = -1;
        for (int i = 0; i < timeline.size(); i++) {
            assertTrue(timeline.endNs(i) > (i == 0 ? 0 : timeline.endNs(i - 1)), "window " + i + " ends later");
            assertTrue(timeline.value(i) > 0, "window " + i + ": value " + timeline.value(i));
            if (timeline.measured(i)) {
                measured += timeline.messages(i);
            } else {
                assertEquals(i, lastWarmup + 1, "the warm-up windows come first, the measured ones after");
                lastWarmup = i;
                warmup += timeline.messages(i);
            }
        }
        return new TimelineShape(warmup, measured, lastWarmup);
    }
}
