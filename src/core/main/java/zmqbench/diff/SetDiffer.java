package zmqbench.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.stats.Ratio;

/**
 * Compares two result sets cell by cell, matching on backend and {@link CellKey}. Each figure
 * both cells measured becomes a {@link FigureChange}: B/A - 1 with the 95% interval of
 * {@link Ratio} (from both sets' per-fork values), improved or regressed when the interval
 * excludes 0 (direction from {@link Figure#higherIsBetter()}), else not significant.
 */
public final class SetDiffer {

    private SetDiffer() {
    }

    /**
     * @throws IncompatibleSetsException when the sets were measured differently
     *     ({@link Compatibility}) and not {@code force}
     */
    public static SetDiff diff(ResultSet before, ResultSet after, boolean force) {
        List<String> forcedDespite = Compatibility.check(before, after, force);
        Map<String, CellResult> cellsBefore = index(before);
        Map<String, CellResult> cellsAfter = index(after);
        List<FigureChange> changes = new ArrayList<>();
        List<StatusChange> statusChanges = new ArrayList<>();
        List<String> onlyBefore = new ArrayList<>();
        for (Map.Entry<String, CellResult> entry : cellsBefore.entrySet()) {
            CellResult a = entry.getValue();
            CellResult b = cellsAfter.get(entry.getKey());
            if (b == null) {
                onlyBefore.add(a.backend() + " " + a.key().label());
                continue;
            }
            if (!Objects.equals(a.status(), b.status())) {
                statusChanges.add(new StatusChange(a.backend(), a.key(), a.status(), b.status()));
            }
            if (a.ok() && b.ok()) {
                for (Figure figure : Figure.values()) {
                    FigureChange change = change(a, b, figure);
                    if (change != null) {
                        changes.add(change);
                    }
                }
            }
        }
        List<String> onlyAfter = new ArrayList<>();
        for (Map.Entry<String, CellResult> entry : cellsAfter.entrySet()) {
            if (!cellsBefore.containsKey(entry.getKey())) {
                onlyAfter.add(entry.getValue().backend() + " " + entry.getValue().key().label());
            }
        }
        return new SetDiff(before, after, changes, statusChanges, onlyBefore, onlyAfter, forcedDespite);
    }

    /** One figure's change, or null when either cell lacks it (or A's median is 0). */
    static FigureChange change(CellResult a, CellResult b, Figure figure) {
        Estimate ratio = Ratio.of(b, a, figure);
        if (ratio == null) {
            return null;
        }
        Estimate change = new Estimate(ratio.median() - 1.0, ratio.lower() - 1.0, ratio.upper() - 1.0, ratio.forks());
        Verdict verdict;
        if (change.straddles(0.0)) {
            verdict = Verdict.NOT_SIGNIFICANT;
        } else {
            verdict = (change.median() > 0.0) == figure.higherIsBetter() ? Verdict.IMPROVED : Verdict.REGRESSED;
        }
        return new FigureChange(a.backend(), a.key(), figure, a.figure(figure), b.figure(figure), change, verdict);
    }

    private static Map<String, CellResult> index(ResultSet set) {
        Map<String, CellResult> cells = new LinkedHashMap<>();
        for (CellResult cell : set.cells()) {
            cells.put(cell.backend() + "\u0000" + cell.key(), cell);
        }
        return cells;
    }
}
