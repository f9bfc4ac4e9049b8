package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.ScenarioKind;
import zmqbench.options.Defaults;
import zmqbench.stats.Headline;
import zmqbench.stats.MarginVerdict;
import zmqbench.stats.Ratio;
import zmqbench.stats.ToDecide;

/**
 * The answer a report opens with: for each cell, each backend's headline figure (RTT p50 for
 * latency, delivered msg/s for throughput), its ratio to the baseline with the 95% interval, and a
 * plain verdict; and whether the figure's interval reached the precision the run asked for.
 */
public final class Summary {

    public static final String BASELINE = "baseline";
    public static final String FASTER = "faster";
    public static final String SLOWER = "slower";
    /** The ratio's interval lies within 1 ± the run's margin. */
    public static final String SAME = "same";
    /** The ratio's interval reaches across a bound of 1 ± the margin: more rounds could decide it. */
    public static final String UNDECIDED = "undecided";
    public static final String FAILED = "failed";

    /**
     * One backend in one cell.
     *
     * @param value the headline figure, or null when the cell failed or lacks it
     * @param ratio to the baseline's value, or null (the baseline itself, no baseline, a failed side)
     * @param verdict {@link #BASELINE}, {@link #FASTER}, {@link #SLOWER}, {@link #SAME}, {@link #UNDECIDED},
     *     {@link #FAILED}, or "" when there is nothing to hold the backend against, judged against the
     *     run's margin ({@link MarginVerdict})
     * @param phrase the verdict for people, naming the figure: "RTT p50 21% lower", "same (within ±5%)"
     * @param halfWidth the value's interval half-width relative to its median (the wider side)
     * @param converged false when the run asked for a precision and the value did not reach it
     * @param toDecide what an undecided ratio would take to be decided, or null
     */
    public record Row(CellKey key, Figure figure, String backend, Estimate value, Estimate ratio, String verdict,
                      String phrase, double halfWidth, boolean converged, ToDecide toDecide) {
    }

    private Summary() {
    }

    /** Every cell's rows in report order (scenario, cell, the baseline first). */
    public static List<Row> rows(ResultGrid grid) {
        double precision = precision(grid);
        double margin = margin(grid);
        List<Row> rows = new ArrayList<>();
        for (ScenarioKind scenario : grid.scenarios()) {
            for (CellKey key : grid.keys(scenario)) {
                Figure figure = Headline.figure(key);
                CellResult base = grid.baseline() == null ? null : grid.cell(grid.baseline(), key);
                for (String backend : grid.backends()) {
                    CellResult cell = grid.cell(backend, key);
                    if (cell != null) {
                        rows.add(row(cell, base, figure, precision, margin));
                    }
                }
            }
        }
        return rows;
    }

    /** The precision the run asked for (0.05 = ±5%), or 0 when it asked for none or did not record it. */
    public static double precision(ResultGrid grid) {
        return grid.set().options() == null ? 0.0 : grid.set().options().rounds().precision();
    }

    /** The margin the run judged ratios by (0.05 = ±5%); the default for sets that did not record one. */
    public static double margin(ResultGrid grid) {
        double margin = grid.set().options() == null ? 0.0 : grid.set().options().output().margin();
        return margin > 0.0 ? margin : Defaults.MARGIN;
    }

    /** How many rows have a value, and how many of those converged. */
    public static int[] convergedOfMeasured(List<Row> rows) {
        int measured = 0;
        int converged = 0;
        for (Row row : rows) {
            if (row.value() != null) {
                measured++;
                converged += row.converged() ? 1 : 0;
            }
        }
        return new int[] {converged, measured};
    }

    /** {@code cell}'s row, held against {@code base} (null: no baseline) at the run's {@code precision}. */
    static Row row(CellResult cell, CellResult base, double precision, double margin) {
        return row(cell, base, Headline.figure(cell.key()), precision, margin);
    }

    private static Row row(CellResult cell, CellResult base, Figure figure, double precision, double margin) {
        Estimate value = cell.ok() ? cell.figure(figure) : null;
        double halfWidth = value == null ? Double.NaN : Headline.relativeHalfWidth(value);
        boolean converged = value == null || precision == 0.0 || halfWidth <= precision;
        Estimate ratio = cell == base ? null : Ratio.of(cell, base, figure);
        String verdict = verdict(cell, base, ratio, figure, margin);
        String phrase = ratio == null || !cell.ok() ? verdict
                : MarginVerdict.of(ratio, margin).describe(ratio, margin, shortName(figure));
        ToDecide toDecide = ratio == null ? null : ToDecide.of(ratio, margin, Ratio.split(cell, base, figure));
        return new Row(cell.key(), figure, cell.backend(), value, ratio, verdict, phrase, halfWidth, converged,
                toDecide);
    }

    private static String verdict(CellResult cell, CellResult base, Estimate ratio, Figure figure, double margin) {
        if (!cell.ok()) {
            return FAILED;
        }
        if (cell == base) {
            return BASELINE;
        }
        if (ratio == null) {
            return "";
        }
        return switch (MarginVerdict.of(ratio, margin)) {
            case SAME -> SAME;
            case UNDECIDED -> UNDECIDED;
            case HIGHER -> figure.higherIsBetter() ? FASTER : SLOWER;
            case LOWER -> figure.higherIsBetter() ? SLOWER : FASTER;
        };
    }

    /** The headline figure as a verdict names it. */
    static String shortName(Figure figure) {
        return figure.higherIsBetter() ? "msg/s" : "RTT p50";
    }
}
