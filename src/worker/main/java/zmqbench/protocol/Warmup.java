package zmqbench.protocol;

import java.util.List;
import zmqbench.scenario.SteadyRule;

/**
 * How a measurement warmed up, and its timeline, as its timed side (the pinger, or the throughput
 * receiver) saw it: in a {@link PeerRecord}, and as a fork's.
 *
 * @param steadyState how the warm-up ended: {@link SteadyRule#STEADY} (the steady-state test
 *     passed), {@link SteadyRule#NOT_STEADY} (the warm-up cap ended it first: measured anyway, and
 *     flagged) or {@link SteadyRule#FIXED} (a set count or duration: not judged)
 * @param durationNs time from the first message to the end of the warm-up (time to steady state)
 * @param messages messages (or round trips) spent warming up (counted phases: --warmup)
 * @param windowNs length of one timeline window
 * @param timeline the windows from the first message, warm-up and measured (see
 *     {@link TimelineWindow}); empty for the side that does not time
 */
public record Warmup(String steadyState, long durationNs, long messages, long windowNs,
                     List<TimelineWindow> timeline) {

    /** Null lists (absent from a record or file) read as empty ones. */
    public Warmup {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** True when an auto warm-up hit its cap: measured before it was steady. */
    public boolean notSteady() {
        return SteadyRule.NOT_STEADY.equals(steadyState);
    }

    /** True when the warm-up was judged (auto), steady or not; false for a fixed warm-up. */
    public boolean judged() {
        return SteadyRule.STEADY.equals(steadyState) || notSteady();
    }
}
