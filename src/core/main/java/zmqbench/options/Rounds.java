package zmqbench.options;

import zmqbench.scenario.ScenarioKind;

/**
 * How many rounds of forks a cell runs, and in what order.
 *
 * @param forks sliced cells: worker pairs (fresh processes) per row; other cells: rounds every cell runs
 *     at least (a round runs each backend of the cell once)
 * @param maxForks sliced cells: the most worker pairs a row may have (rows whose forks differ get more);
 *     other cells: most rounds a cell runs while its headline figures have not converged (at least
 *     {@code forks})
 * @param precision repeat rounds until each headline figure's 95% interval is within ± this fraction
 *     of its median (0.05 = ±5%); 0 runs exactly {@code forks} rounds
 * @param timeBudgetSeconds wall time the whole comparison may take, shared out among the cells still
 *     to run; a cell runs no round past its share beyond the first {@code forks}; 0: no limit
 * @param sliceMs latency and throughput cells (but pub-sub, and a scenario given a count of its own):
 *     each row's {@code forks} worker pairs stay warm and are measured in slices of about this
 *     length, round after round, interleaved; 0 measures one interval per fresh fork instead
 * @param throughputSliceMs throughput cells' slices; 0 when {@code sliceMs} is
 * @param seed seed of the interleaved fork order
 */
public record Rounds(int forks, int maxForks, double precision, int timeBudgetSeconds, long sliceMs,
                     long throughputSliceMs, long seed) {

    /**
     * Raises maxForks to forks (0, which the builder refuses and an older set may not record, stays);
     * a set written before throughput cells had slices of their own measured them in {@code sliceMs}.
     */
    public Rounds {
        if (maxForks >= 1) {
            maxForks = Math.max(maxForks, forks);
        }
        if (throughputSliceMs == 0 || sliceMs == 0) {
            throughputSliceMs = sliceMs;
        }
    }

    /** The slices of {@code scenario}'s cells, ms; 0 when cells are not sliced. */
    public long sliceMs(ScenarioKind scenario) {
        return scenario == ScenarioKind.THROUGHPUT ? throughputSliceMs : sliceMs;
    }
}
