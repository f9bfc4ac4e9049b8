package zmqbench.scenarios;

import java.util.List;
import java.util.Set;
import zmqbench.options.CompareOptions;
import zmqbench.results.Figure;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;

/**
 * One scenario's coordinator side, declared in one place: how its cells are paced and measured,
 * which figures its tables show and how they are titled, its headline, where it stands in a report
 * and which options only its cells read. The worker side is {@link zmqbench.scenario.Scenario}.
 */
public interface ScenarioType {

    /** The type of {@code kind}. */
    static ScenarioType of(ScenarioKind kind) {
        return switch (kind) {
            case LATENCY -> LatencyType.INSTANCE;
            case OPEN_LOOP -> OpenLoopType.INSTANCE;
            case THROUGHPUT -> ThroughputType.INSTANCE;
            case SPARSE -> SparseType.INSTANCE;
        };
    }

    /** Scenarios in report order. */
    static int reportOrder(ScenarioKind kind) {
        return of(kind).reportRank();
    }

    /** Where the scenario's tables stand in a report: lower first. */
    int reportRank();

    /** The figures its tables show, in order. */
    List<Figure> figures();

    /** A table title that says more than the figure's usual one in this scenario, else null. */
    default String title(Figure figure) {
        return null;
    }

    /**
     * True when a figure's name alone would mislead in its tables (the same key means something
     * else than in latency): HTML captions then add each table's full title.
     */
    default boolean titledCaptions() {
        return false;
    }

    /** The one figure that answers a cell's question (the one a comparison repeats forks for). */
    default Figure headline() {
        return Figure.RTT_P50;
    }

    /** True when its cells may be measured in slices of warm pairs (closed loop, steady state). */
    default boolean sliceable() {
        return false;
    }

    /**
     * Options (as saved, compared without case, '_' or '-': {@link zmqbench.options.OptionsRecord#normalized})
     * that change this scenario's cells only.
     */
    default Set<String> cellOptions() {
        return Set.of();
    }

    /**
     * True when the pinger also writes round trips timed from the actual send beside the
     * corrected ones, and reports the rate it achieved (open-loop).
     */
    default boolean correctedSamples() {
        return false;
    }

    /** Why {@code options} cannot run this scenario's cells, naming the option and its value; null when they can. */
    default String refusal(CompareOptions options) {
        return null;
    }

    /** The paces its cells are measured at, a cell each (sparse: its gaps); none for most. */
    default List<Pacing> cellPacings(CompareOptions options) {
        return List.of(Pacing.NONE);
    }

    /** How the active peer paces a cell's measured messages, from the options and the cell's own pacing. */
    default Pacing pacing(CompareOptions options, Pacing cell) {
        return Pacing.NONE;
    }

    /** The measurement its workers run, from the one the options resolve to. */
    default Phase measure(Phase resolved, Pacing pacing) {
        return resolved;
    }
}
