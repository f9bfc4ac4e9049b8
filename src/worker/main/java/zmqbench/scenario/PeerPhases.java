package zmqbench.scenario;

/**
 * A worker's phases.
 *
 * @param warmupPhase the warm-up: a count, a duration, or until steady (capped)
 * @param measurePhase the measurement: a count, a duration, or the parent's slices
 * @param steady the timeline window and the steady-state test
 */
public record PeerPhases(Phase warmupPhase, Phase measurePhase, SteadyRule steady) {
}
