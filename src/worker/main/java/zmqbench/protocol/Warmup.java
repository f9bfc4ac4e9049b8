package zmqbench.protocol;

import java.util.List;
import zmqbench.scenario.SteadyRule;

/**
 * How a measurement warmed up, and its timeline, as its timed side (the pinger, or the throughput
 * receiver) saw it: in a {@link PeerRecord}, and as a fork's.
 *
 * @param steadyState how the warm-up ended: {@link SteadyRule#STEADY} (the steady-state test
 *     passed), {@link SteadyRule#NOT_STEADY} (the warm-up cap ended it first: measured anyway, and
 *     flagged), {@link SteadyRule#FIXED} (a set count or duration whose last windows agreed) or
 *     {@link SteadyRule#FIXED_NOT_STEADY} (a set count or duration that ended before they agreed: flagged)
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

    /** True when the warm-up ended before it was steady (an auto one's cap, or a set count or duration). */
    public boolean notSteady() {
        return SteadyRule.NOT_STEADY.equals(steadyState) || SteadyRule.FIXED_NOT_STEADY.equals(steadyState);
    }

    /** The same warm-up with another verdict. */
    public Warmup withSteadyState(String verdict) {
        return new Warmup(verdict, durationNs, messages, windowNs, timeline);
    }

    /** True when the warm-up was an auto one (its duration is a time to steady state), steady or not. */
    public boolean judged() {
        return SteadyRule.STEADY.equals(steadyState) || SteadyRule.NOT_STEADY.equals(steadyState);
    }
}
