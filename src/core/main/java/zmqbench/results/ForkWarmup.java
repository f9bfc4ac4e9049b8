package zmqbench.results;

import java.util.List;
import java.util.OptionalDouble;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.TimelineWindow;

/**
 * How one fork warmed up and how steady its measurement was, as its timed side (the pinger, or the
 * throughput receiver) saw it.
 *
 * @param steadyState {@code steady}, {@code not steady} (the warm-up cap came first: measured anyway)
 *     or {@code fixed} (a set warm-up count or duration, not judged): see {@link PeerRecord}
 * @param warmupNs time from the first message to the end of the warm-up (time to steady state)
 * @param warmupMessages messages (or round trips) spent warming up
 * @param jitNs JIT compilation time of all peers up to the end of the measurement, -1 when a peer has
 *     no JIT (C)
 * @param jitMeasuredNs JIT compilation time of all peers inside the measured interval, -1 likewise
 * @param windowNs length of one timeline window
 * @param timeline the timed side's windows from the first message, warm-up and measured
 */
public record ForkWarmup(String steadyState, long warmupNs, long warmupMessages, long jitNs, long jitMeasuredNs,
                         long windowNs, List<TimelineWindow> timeline) {

    /** Null lists (absent from a file) read as empty ones. */
    public ForkWarmup {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** True when an auto warm-up hit its cap: the fork was measured before it was steady. */
    public boolean notSteady() {
        return PeerRecord.NOT_STEADY.equals(steadyState);
    }

    /** True when the warm-up was judged (auto), steady or not; false for a fixed warm-up. */
    public boolean judged() {
        return PeerRecord.STEADY.equals(steadyState) || notSteady();
    }

    /**
     * Spread of the measured windows' values within the fork: their standard deviation over their
     * mean, in %; empty with fewer than two measured windows.
     */
    public OptionalDouble windowCvPercent() {
        return Spread.cvPercent(timeline.stream().filter(TimelineWindow::measured).mapToDouble(TimelineWindow::value)
                .filter(Double::isFinite).toArray());
    }
}
