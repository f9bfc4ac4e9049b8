package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.ScenarioKind;
import zmqbench.stats.Headline;
import zmqbench.stats.Ratio;

/**
 * The answer a report opens with: for each cell, each backend's headline figure (RTT p50 for
 * latency, delivered msg/s for throughput), its ratio to the baseline with the 95% interval, and a
 * plain verdict; and whether the figure's interval reached the precision the run asked for.
 */
public final class Summary {

    public static final String BASELINE = "baseline";
    public static final String FASTER = "faster";
    public static final String SLOWER = "slower";
    public static final String SAME = "no significant difference";
    public static final String FAILED = "failed";

    /**
     * One backend in one cell.
     *
     * @param value the headline figure, or null when the cell failed or lacks it
     * @param ratio to the baseline's value, or null (the baseline itself, no baseline, a failed side)
     * @param verdict {@link #BASELINE}, {@link #FASTER}, {@link #SLOWER}, {@link #SAME},
     *     {@link #FAILED}, or "" when there is nothing to hold the backend against
     * @param halfWidth the value's interval half-width relative to its median (the wider side)
     * @param converged false when the run asked for a precision and the value did not reach it
     */
    public record Row(CellKey key, Figure figure, String backend, Estimate value, Estimate ratio, String verdict,
                      double halfWidth, boolean converged) {
    }

    private Summary() {
    }

    /** Every cell's rows in report order (scenario, cell, the baseline first). */
    public static List<Row> rows(ResultGrid grid) {
        double precision = precision(grid);
        List<Row> rows = new ArrayList<>();
        for (ScenarioKind scenario : grid.scenarios()) {
            for (CellKey key : grid.keys(scenario)) {
                Figure figure = Headline.figure(key);
                CellResult base = grid.baseline() == null ? null : grid.cell(grid.baseline(), key);
                for (String backend : grid.backends()) {
                    CellResult cell = grid.cell(backend, key);
                    if (cell != null) {
                        rows.add(row(cell, base, figure, precision));
                    }
                }
            }
        }
        return rows;
    }

    /** The precision the run asked for (0.05 = ±5%), or 0 when it asked for none or did not record it. */
    public static double precision(ResultGrid grid) {
        return grid.set().options() == null ? 0.0 : grid.set().options().precision();
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
    static Row row(CellResult cell, CellResult base, double precision) {
        return row(cell, base, Headline.figure(cell.key()), precision);
    }

    private static Row row(CellResult cell, CellResult base, Figure figure, double precision) {
        Estimate value = cell.ok() ? cell.figure(figure) : null;
        double halfWidth = value == null ? Double.NaN : Headline.relativeHalfWidth(value);
        boolean converged = value == null || precision == 0.0 || halfWidth <= precision;
        Estimate ratio = cell == base ? null : Ratio.of(cell, base, figure);
        return new Row(cell.key(), figure, cell.backend(), value, ratio, verdict(cell, base, ratio, figure),
                halfWidth, converged);
    }

    private static String verdict(CellResult cell, CellResult base, Estimate ratio, Figure figure) {
        if (!cell.ok()) {
            return FAILED;
        }
        if (cell == base) {
            return BASELINE;
        }
        if (ratio == null) {
            return "";
        }
        if (ratio.straddles(1.0)) {
            return SAME;
        }
        return (ratio.lower() > 1.0) == figure.higherIsBetter() ? FASTER : SLOWER;
    }
}
