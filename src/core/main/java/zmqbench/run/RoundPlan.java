package zmqbench.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.stats.ForkFigures;
import zmqbench.stats.ForkStats;
import zmqbench.stats.Headline;

/**
 * When a cell's rounds stop: after at least {@code --forks} rounds, once every row's headline figure
 * is within {@code --precision}, at {@code --max-forks}, or when another round would overrun the
 * cell's share of {@code --time-budget}. A row with a failed fork is failed whatever more rounds
 * say, so it does not hold the others back.
 */
final class RoundPlan {

    /** Why a cell's rounds stopped. */
    enum Stop {
        /** Every headline figure within the precision asked for. */
        CONVERGED,
        /** {@code --precision 0}: exactly {@code --forks} rounds. */
        FIXED,
        MAX_FORKS,
        TIME_BUDGET,
        /** Every row has a failed fork: more rounds cannot make it ok. */
        FAILED
    }

    private final CompareOptions options;

    RoundPlan(CompareOptions options) {
        this.options = options;
    }

    /**
     * The reason to stop after {@code rounds} rounds, or null to run another.
     *
     * @param now clock reading, ns
     * @param lastRoundNs how long the last round took: the next is expected to take as long
     * @param deadline the clock reading this cell's share of the budget ends at (Long.MAX_VALUE: none)
     */
    Stop stop(CellKey key, Map<String, List<ForkResult>> forks, int rounds, long now, long lastRoundNs,
              long deadline) {
        if (rounds < options.rounds().forks()) {
            return null;
        }
        if (options.rounds().precision() == 0.0) {
            return Stop.FIXED;
        }
        Map<String, Double> open = unconverged(key, forks);
        if (open.isEmpty()) {
            return forks.values().stream().allMatch(RoundPlan::failed) ? Stop.FAILED : Stop.CONVERGED;
        }
        if (rounds >= options.rounds().maxForks()) {
            return Stop.MAX_FORKS;
        }
        return now - deadline + lastRoundNs > 0 ? Stop.TIME_BUDGET : null;
    }

    /**
     * The rows whose headline figure's interval is not yet within the precision asked for, in row
     * order, each with the relative half-width it reached.
     */
    Map<String, Double> unconverged(CellKey key, Map<String, List<ForkResult>> forks) {
        Figure headline = Headline.figure(key);
        Map<String, Double> open = new LinkedHashMap<>();
        for (Map.Entry<String, List<ForkResult>> row : forks.entrySet()) {
            if (failed(row.getValue())) {
                continue;
            }
            double[] values = ForkFigures.values(row.getValue(), headline, key.size());
            if (values.length == 0) {
                continue;
            }
            Estimate estimate = ForkStats.estimate(values);
            if (!Headline.converged(estimate, options.rounds().precision())) {
                open.put(row.getKey(), Headline.relativeHalfWidth(estimate));
            }
        }
        return open;
    }

    private static boolean failed(List<ForkResult> forks) {
        return forks.stream().anyMatch(fork -> !fork.ok());
    }
}
