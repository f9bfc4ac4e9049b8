package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Footnotes;
import zmqbench.report.text.Style;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;

/**
 * One backend's figure in one cell as the terminal and Markdown tables show it: the value in the
 * figure's {@link Unit}, its footnote marks, and its ratio to the baseline ("~" when the ratio's
 * interval includes 1). Shared by both table layouts ({@link FigureTables}, {@link CellTables}).
 */
final class FigureCells {

    /** Marks a ratio whose 95% interval includes 1. */
    static final String NOT_SIGNIFICANT = "~";

    private final ResultGrid grid;
    private final Footnotes footnotes;
    private final SteadyFloor floor;

    FigureCells(ResultGrid grid, Footnotes footnotes) {
        this.grid = grid;
        this.footnotes = footnotes;
        this.floor = SteadyFloor.of(grid.set());
    }

    /** The value of {@code figure} in {@code cell} with its marks; "-" when not measured. */
    Cell value(CellResult cell, Figure figure) {
        if (cell == null) {
            return Cell.of("-", Style.DIM);
        }
        List<String> marks = new ArrayList<>();
        if (!cell.ok()) {
            marks.add(cell.backend() + ", " + cell.key().label() + ": " + cell.status());
        }
        marks.addAll(cell.notes());
        String suffix = footnotes.marks(marks);
        if (!cell.ok()) {
            return new Cell(CellStatus.shortText(cell.status()), suffix, Style.ALERT);
        }
        Estimate estimate = cell.figure(figure);
        if (estimate == null) {
            return new Cell("-", suffix, Style.DIM);
        }
        if (atFloor(figure, estimate)) {
            return new Cell("<= " + Units.number(floor.ms()), suffix, Style.PLAIN);
        }
        return new Cell(Units.estimate(estimate, Unit.of(figure)), suffix, Style.PLAIN);
    }

    /**
     * {@code cell}'s ratio to the baseline's value of {@code figure}, or null: no baseline, the
     * baseline itself, no meaningful ratio, or a time to steady state at its floor on either side.
     */
    Estimate ratio(CellResult cell, Figure figure) {
        String baseline = grid.baseline();
        if (cell == null || baseline == null || cell.backend().equals(baseline)) {
            return null;
        }
        CellResult base = grid.cell(baseline, cell.key());
        if (base == null || atFloor(figure, cell.figure(figure)) || atFloor(figure, base.figure(figure))) {
            return null;
        }
        return BaselineRatio.of(cell, base, figure);
    }

    /**
     * A ratio with its mark, or empty; coloured by whether it is better. With {@code interval},
     * "1.18x [1.09, 1.27]", else "1.18x"; the mark's place is kept blank so ratios align.
     */
    static Cell ratioCell(Estimate ratio, Figure figure, boolean interval) {
        if (ratio == null) {
            return Cell.of("");
        }
        boolean same = ratio.straddles(1.0);
        String text = (interval ? Units.ratio(ratio) : Units.ratio(ratio.median())) + (same ? NOT_SIGNIFICANT : " ");
        if (same) {
            return Cell.of(text, Style.DIM);
        }
        boolean better = figure.higherIsBetter() == ratio.median() > 1.0;
        return Cell.of(text, better ? Style.GOOD : Style.BAD);
    }

    private boolean atFloor(Figure figure, Estimate estimate) {
        return figure == Figure.TIME_TO_STEADY_MS && floor.holds(estimate);
    }
}
