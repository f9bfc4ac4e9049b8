package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Footnotes;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.report.text.Style;
import zmqbench.report.text.Table;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.ScenarioKind;
import zmqbench.stats.Ratio;

/**
 * The tables of the terminal and Markdown reports: per scenario, one table per figure; rows are
 * cells, and each backend has a value column (median ± half-width of the 95% interval) and, but
 * for the baseline, a ratio column ("jni/c": ratio to the baseline's median, "~" when its
 * interval includes 1).
 */
public final class FigureTables {

    /** Marks a ratio whose 95% interval includes 1. */
    public static final String NOT_SIGNIFICANT = "~";

    private FigureTables() {
    }

    /** Sections for every scenario in the set; footnote marks are numbered in {@code footnotes}. */
    public static List<Section> build(ResultGrid grid, Footnotes footnotes) {
        List<Section> sections = new ArrayList<>();
        for (ScenarioKind scenario : grid.scenarios()) {
            List<Table> tables = new ArrayList<>();
            for (Figure figure : FigureLabels.figures(scenario)) {
                if (hasFigure(grid, scenario, figure)) {
                    tables.add(table(grid, scenario, figure, footnotes));
                }
            }
            if (tables.isEmpty()) {
                // Every cell failed: still show which, and why, in the scenario's first table.
                tables.add(table(grid, scenario, FigureLabels.figures(scenario).get(0), footnotes));
            }
            sections.add(new Section(scenario, tables));
        }
        return sections;
    }

    /** One figure's table for one scenario. */
    public static Table table(ResultGrid grid, ScenarioKind scenario, Figure figure, Footnotes footnotes) {
        List<CellKey> keys = grid.keys(scenario);
        boolean hwm = keys.stream().anyMatch(k -> k.hwm() >= 0);
        String baseline = grid.baseline();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.key("pattern", false));
        columns.add(Column.key("transport", false));
        columns.add(Column.key("size", true));
        if (hwm) {
            columns.add(Column.key("hwm", true));
        }
        List<String> backends = grid.backends();
        // Cells first, column by column, so a ratio column nobody fills (e.g. allocation against C,
        // which has none) can be left out.
        List<List<Cell>> values = new ArrayList<>();
        List<List<Cell>> ratios = new ArrayList<>();
        for (String backend : backends) {
            List<Cell> valueColumn = new ArrayList<>();
            List<Cell> ratioColumn = new ArrayList<>();
            for (CellKey key : keys) {
                CellResult cell = grid.cell(backend, key);
                valueColumn.add(valueCell(cell, figure, footnotes));
                if (baseline != null && !backend.equals(baseline)) {
                    ratioColumn.add(ratioCell(Ratio.of(cell, grid.cell(baseline, key), figure), figure));
                }
            }
            values.add(valueColumn);
            boolean anyRatio = ratioColumn.stream().anyMatch(c -> !c.text().isEmpty());
            ratios.add(anyRatio ? ratioColumn : null);
        }
        for (int g = 0; g < backends.size(); g++) {
            columns.add(new Column(backends.get(g), true, g));
            if (ratios.get(g) != null) {
                columns.add(new Column(backends.get(g) + "/" + baseline, true, g));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            CellKey key = keys.get(r);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(key.pattern().cliName()));
            row.add(Cell.of(key.transport().cliName()));
            row.add(Cell.of(Units.size(key.size())));
            if (hwm) {
                row.add(Cell.of(key.hwm() >= 0 ? Integer.toString(key.hwm()) : "default"));
            }
            for (int g = 0; g < backends.size(); g++) {
                row.add(values.get(g).get(r));
                if (ratios.get(g) != null) {
                    row.add(ratios.get(g).get(r));
                }
            }
            rows.add(row);
        }
        return new Table(scenario.cliName() + ": " + FigureLabels.title(figure, scenario), columns, rows, baseline != null);
    }

    private static Cell valueCell(CellResult cell, Figure figure, Footnotes footnotes) {
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
        return new Cell(Units.estimate(estimate, Unit.of(figure)), suffix, Style.PLAIN);
    }

    /** A ratio with its mark, or empty; the mark's place is kept blank so ratios align. */
    static Cell ratioCell(Estimate ratio, Figure figure) {
        if (ratio == null) {
            return Cell.of("");
        }
        boolean same = ratio.straddles(1.0);
        String text = Units.ratio(ratio.median()) + (same ? NOT_SIGNIFICANT : " ");
        if (same) {
            return Cell.of(text, Style.DIM);
        }
        boolean better = figure.higherIsBetter() == ratio.median() > 1.0;
        return Cell.of(text, better ? Style.GOOD : Style.BAD);
    }

    private static boolean hasFigure(ResultGrid grid, ScenarioKind scenario, Figure figure) {
        for (CellResult cell : grid.set().cells()) {
            if (cell.key().scenario() == scenario && cell.figure(figure) != null) {
                return true;
            }
        }
        return false;
    }
}
