package zmqbench.options;

import zmqbench.scenario.Phase;

/**
 * The phases of every scenario without a count of its own ({@link Counts}), and the steady-state test.
 *
 * @param warmup auto (until steady state, at most {@code warmupCapMs}, which its amount repeats), a
 *     duration or a count
 * @param measure a duration or a count
 * @param warmupCapMs longest auto warm-up; a fork still not steady then is measured anyway, and flagged
 * @param windowMs timeline window: the unit the steady-state test and the within-fork spread use
 * @param steadyWindows steady state compares the median of the last this many windows with the same many before
 * @param steadyTolerancePercent how far apart, in %, those two medians may be
 */
public record Phases(
        Phase warmup,
        Phase measure,
        long warmupCapMs,
        long windowMs,
        int steadyWindows,
        double steadyTolerancePercent) {

    /** Gives an auto warm-up its cap. */
    public Phases {
        if (warmup != null && warmup.kind() == Phase.Kind.AUTO) {
            warmup = Phase.auto(warmupCapMs);
        }
    }
}
