package zmqbench.diff;

import java.util.List;
import zmqbench.results.ResultSet;

/**
 * Two result sets compared cell by cell.
 *
 * @param baseline the backend whose ratios are compared (both sets' baseline), or null when the
 *     absolute figures are
 * @param fallback why absolute figures are compared although ratios were asked for, or null
 * @param changes every figure that both sets measured in an ok cell (with a baseline, but the
 *     baseline's own)
 * @param statusChanges cells in both sets whose status differs
 * @param onlyBefore cells (backend and label) only set A has
 * @param onlyAfter cells only set B has
 * @param forcedDespite the differences between the sets' setups that were overridden (force)
 */
public record SetDiff(
        ResultSet before,
        ResultSet after,
        String baseline,
        String fallback,
        List<FigureChange> changes,
        List<StatusChange> statusChanges,
        List<String> onlyBefore,
        List<String> onlyAfter,
        List<String> forcedDespite) {

    public long count(Verdict verdict) {
        return changes.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** No significant change in any figure and no cell changed status. */
    public boolean nothingChanged() {
        return count(Verdict.IMPROVED) == 0 && count(Verdict.REGRESSED) == 0 && statusChanges.isEmpty();
    }
}
