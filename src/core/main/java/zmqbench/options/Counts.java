package zmqbench.options;

import zmqbench.scenario.ScenarioKind;

/**
 * Counts given for one kind of scenario, which make its forks counted whatever the generic
 * {@link Phases} say; each null when not given.
 *
 * @param latencyCount measured round trips per latency fork
 * @param latencyWarmup warm-up round trips per latency fork
 * @param throughputCount measured messages per throughput fork
 * @param throughputWarmup warm-up messages per throughput fork
 */
public record Counts(Long latencyCount, Long latencyWarmup, Long throughputCount, Long throughputWarmup) {

    /** The count given for {@code scenario}'s measurement (open-loop: as latency), or null. */
    public Long measured(ScenarioKind scenario) {
        return scenario.roundTrips() ? latencyCount : throughputCount;
    }

    /** The count given for {@code scenario}'s warm-up (open-loop: as latency), or null. */
    public Long warmup(ScenarioKind scenario) {
        return scenario.roundTrips() ? latencyWarmup : throughputWarmup;
    }
}
