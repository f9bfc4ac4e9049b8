package zmqbench.scenario;

import java.util.function.LongConsumer;
import zmqbench.backend.ZmqSocket;

/**
 * One scenario's worker side, declared in one place: the peer each side runs, the patterns and
 * sizes it refuses, and what it asks of its arguments. {@link ScenarioKind#peers()} finds it; the
 * coordinator's side of a scenario (figures, labels, reports) is {@code zmqbench.scenarios.ScenarioType}.
 */
public interface Scenario {

    /** True when the active peer pings and times round trips that the passive peer echoes. */
    boolean roundTrips();

    /** The smallest --size this scenario can carry. */
    default int minimumSize() {
        return 1;
    }

    /** Null when {@code pattern} can run this scenario (round trips or a one-way stream), else why not. */
    default String patternRefusal(Pattern pattern) {
        return null;
    }

    /**
     * Throws {@link IllegalArgumentException}, worded for the user, when the scenario's own
     * arguments do not suit it: its send rate or quiet gap, its measurement phase, slices.
     */
    void check(long rate, long gapNs, Phase measure, int timeoutMs);

    /** The passive side (echo or receiver); {@code slices}: a sliced throughput receiver's link, else null. */
    PeerTally runPassive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, Runnable measured, SliceLink slices);

    /**
     * The active side (pinger or sender); {@code slices}: a sliced pinger's link, else null;
     * {@code paused}: where a sliced sender says how much it sent when a stop paused it.
     */
    PeerTally runActive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                        SliceLink slices, LongConsumer paused) throws Exception;

    /** The check for the scenarios without a send rate. */
    static void noRate(ScenarioKind kind, long rate) {
        require(rate == 0, "--rate applies to --scenario open-loop only, got --rate " + rate + " with "
                + kind.cliName());
    }

    /** The check for the scenarios without a quiet gap. */
    static void noGap(ScenarioKind kind, long gapNs) {
        require(gapNs == 0, "--gap-ns applies to --scenario sparse only, got --gap-ns " + gapNs + " with "
                + kind.cliName());
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
