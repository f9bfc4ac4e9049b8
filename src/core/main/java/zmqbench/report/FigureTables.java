package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Footnotes;
import zmqbench.report.text.Table;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Sizes;

/**
 * The detail tables of the terminal and Markdown reports, per scenario. A scenario with a few
 * cells gets one table per cell, backends as rows ({@link CellTables}); one with more gets one
 * table per figure, cells as rows, each backend a value column and, but for the baseline, a ratio
 * column ("jni/c": the ratio to the baseline's median, "~" when its interval includes 1).
 */
public final class FigureTables {

    /** Up to this many cells in a scenario, each cell is a table with backends as rows. */
    static final int FEW_CELLS = 3;

    private FigureTables() {
    }

    /** Sections for every scenario in the set; footnote marks are numbered in {@code footnotes}. */
    public static List<Section> build(ResultGrid grid, Footnotes footnotes) {
        FigureCells cells = new FigureCells(grid, footnotes);
        List<Section> sections = new ArrayList<>();
        for (ScenarioKind scenario : grid.scenarios()) {
            List<Table> tables = new ArrayList<>();
            if (grid.keys(scenario).size() <= FEW_CELLS) {
                for (CellKey key : grid.keys(scenario)) {
                    tables.add(CellTables.table(grid, key, cells));
                }
            } else {
                for (Figure figure : FigureLabels.figures(scenario)) {
                    if (hasFigure(grid, scenario, figure)) {
                        tables.add(table(grid, scenario, figure, cells));
                    }
                }
                if (tables.isEmpty()) {
                    // Every cell failed: still show which, and why, in the scenario's first table.
                    tables.add(table(grid, scenario, FigureLabels.figures(scenario).get(0), cells));
                }
            }
            TailTable.of(grid, scenario).ifPresent(tables::add);
            sections.add(new Section(scenario, tables));
        }
        return sections;
    }

    /** One figure's table for one scenario: cells as rows, backends as columns. */
    private static Table table(ResultGrid grid, ScenarioKind scenario, Figure figure, FigureCells figureCells) {
        List<CellKey> keys = grid.keys(scenario);
        boolean hwm = keys.stream().anyMatch(k -> k.hwm() >= 0);
        boolean gap = keys.stream().anyMatch(k -> k.pacing().gapNs() > 0);
        String baseline = grid.baseline();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.key("pattern", false));
        columns.add(Column.key("transport", false));
        columns.add(Column.key("size", true));
        if (hwm) {
            columns.add(Column.key("hwm", true));
        }
        if (gap) {
            columns.add(Column.key("gap", true));
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
                valueColumn.add(figureCells.value(cell, figure));
                if (baseline != null && !backend.equals(baseline)) {
                    ratioColumn.add(FigureCells.ratioCell(figureCells.ratio(cell, figure), figure, false));
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
            row.add(Cell.of(Sizes.format(key.size())));
            if (hwm) {
                row.add(Cell.of(key.hwm() >= 0 ? Integer.toString(key.hwm()) : "default"));
            }
            if (gap) {
                row.add(Cell.of(Gaps.format(key.pacing().gapNs())));
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

    static boolean hasFigure(ResultGrid grid, ScenarioKind scenario, Figure figure) {
        for (CellResult cell : grid.set().cells()) {
            if (cell.key().scenario() == scenario && cell.figure(figure) != null) {
                return true;
            }
        }
        return false;
    }
}
