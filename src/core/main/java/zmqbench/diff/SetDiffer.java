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
 * both cells measured becomes a {@link FigureChange}: B/A - 1 with a 95% interval, improved or
 * regressed when the interval excludes 0 (direction from {@link Figure#higherIsBetter()}), else not
 * significant.
 *
 * <p>When both sets have the same baseline, what is compared is each backend's ratio to it in its
 * own set ({@link Ratio}, from slices when there are some): a baseline measured a fraction of a
 * second away shares the machine's weather, which cancels, where two runs minutes apart do not.
 * The change is ratio<sub>B</sub>/ratio<sub>A</sub> ({@link RatioChange}). The baseline's own rows
 * have no ratio and are left out; a figure without a ratio in both sets (the baseline lacks it, or
 * its cell failed) is compared absolute. Otherwise, or when asked, the absolute figures are
 * compared: B/A with the interval of {@link Ratio} from both sets' per-fork values.
 */
public final class SetDiffer {

    private SetDiffer() {
    }

    /**
     * @param absolute compare the absolute figures even when the sets have a common baseline
     * @throws IncompatibleSetsException when the sets were measured differently
     *     ({@link Compatibility}) and not {@code force}
     */
    public static SetDiff diff(ResultSet before, ResultSet after, boolean force, boolean absolute) {
        List<String> forcedDespite = Compatibility.check(before, after, force);
        boolean common = before.baseline() != null && before.baseline().equals(after.baseline());
        String baseline = absolute || !common ? null : before.baseline();
        String fallback = absolute || common ? null : "No common baseline (A: " + named(before.baseline()) + ", B: "
                + named(after.baseline()) + "): absolute figures compared, the machine's drift included.";
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
            if (a.ok() && b.ok() && !a.backend().equals(baseline)) {
                CellResult baseA = baseline == null ? null : cellsBefore.get(key(baseline, a.key()));
                CellResult baseB = baseline == null ? null : cellsAfter.get(key(baseline, a.key()));
                for (Figure figure : Figure.values()) {
                    FigureChange change = ratioChange(a, b, baseA, baseB, baseline, figure);
                    if (change == null) {
                        change = change(a, b, figure);
                    }
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
        return new SetDiff(before, after, baseline, fallback, changes, statusChanges, onlyBefore, onlyAfter,
                forcedDespite);
    }

    /** One figure's absolute change, or null when either cell lacks it (or A's median is 0). */
    static FigureChange change(CellResult a, CellResult b, Figure figure) {
        Estimate ratio = Ratio.of(b, a, figure);
        return ratio == null ? null : judged(a, figure, a.figure(figure), b.figure(figure), ratio, null);
    }

    /**
     * The change of one figure's ratio to {@code baseline}, or null when either set has no such
     * ratio (no baseline, its cell missing or failed, or the figure not one it has).
     */
    static FigureChange ratioChange(CellResult a, CellResult b, CellResult baseA, CellResult baseB, String baseline,
                                    Figure figure) {
        Estimate ratioA = Ratio.of(a, baseA, figure);
        Estimate ratioB = Ratio.of(b, baseB, figure);
        Estimate change = ratioA == null || ratioB == null ? null : RatioChange.between(ratioA, ratioB);
        return change == null ? null : judged(a, figure, ratioA, ratioB, change, baseline);
    }

    /** The change B/A - 1 from the ratio B/A, and what it means for {@code figure}. */
    private static FigureChange judged(CellResult a, Figure figure, Estimate before, Estimate after, Estimate ratio,
                                       String against) {
        Estimate change = new Estimate(ratio.median() - 1.0, ratio.lower() - 1.0, ratio.upper() - 1.0, ratio.forks());
        Verdict verdict;
        if (change.straddles(0.0)) {
            verdict = Verdict.NOT_SIGNIFICANT;
        } else {
            verdict = (change.median() > 0.0) == figure.higherIsBetter() ? Verdict.IMPROVED : Verdict.REGRESSED;
        }
        return new FigureChange(a.backend(), a.key(), figure, before, after, change, verdict, against);
    }

    private static String named(String baseline) {
        return baseline == null ? "none" : baseline;
    }

    private static Map<String, CellResult> index(ResultSet set) {
        Map<String, CellResult> cells = new LinkedHashMap<>();
        for (CellResult cell : set.cells()) {
            cells.put(key(cell.backend(), cell.key()), cell);
        }
        return cells;
    }

    private static String key(String backend, CellKey key) {
        return backend + "\u0000" + key;
    }
}
