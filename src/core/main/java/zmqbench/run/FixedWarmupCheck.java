package zmqbench.run;

import java.util.Arrays;
import java.util.List;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Warmup;
import zmqbench.scenario.SteadyRule;

/**
 * A set warm-up (a count or a duration) is not judged by the worker, yet it can end before the
 * rate settles (a JeroMQ stream at 50,000 messages runs at a tenth of its warm rate). Its
 * timeline is: when the last full warm-up windows do not agree under the steady-state test's
 * rule, the fork is flagged as an auto warm-up that hit its cap is. The JIT half of the test
 * needs the worker's JIT clock, which the timeline does not carry; the rate half catches a
 * warm-up that ended early.
 */
final class FixedWarmupCheck {

    private FixedWarmupCheck() {
    }

    /** {@code warmup}, flagged {@link SteadyRule#FIXED_NOT_STEADY} when it was set and ended unsettled. */
    static Warmup judge(Warmup warmup, SteadyRule rule) {
        if (warmup == null || !SteadyRule.FIXED.equals(warmup.steadyState()) || warmup.messages() == 0) {
            return warmup;
        }
        double[] values = fullWarmupWindows(warmup.timeline(), warmup.windowNs());
        boolean settled = rule.agrees(values, values.length, new double[rule.windows()]);
        return settled ? warmup : warmup.withSteadyState(SteadyRule.FIXED_NOT_STEADY);
    }

    /** The values of the warm-up's windows that ran their full length (the last is often cut short). */
    private static double[] fullWarmupWindows(List<TimelineWindow> timeline, long windowNs) {
        long previousEnd = 0;
        double[] values = new double[timeline.size()];
        int count = 0;
        for (TimelineWindow window : timeline) {
            if (window.measured()) {
                break;
            }
            if (window.endNs() - previousEnd >= windowNs && window.messages() > 0) {
                values[count++] = window.value();
            }
            previousEnd = window.endNs();
        }
        return Arrays.copyOf(values, count);
    }
}
