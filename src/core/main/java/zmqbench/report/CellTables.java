package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Table;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;

/**
 * A cell's figures as one table, backends as rows: the layout for sets with few cells, where a
 * table per figure would be one row each. Each figure names its unit; the ratio to the baseline
 * carries its interval.
 */
final class CellTables {

    private CellTables() {
    }

    static Table table(ResultGrid grid, CellKey key, FigureCells figureCells) {
        String baseline = grid.baseline();
        List<Column> columns = new ArrayList<>(List.of(Column.key("figure", false), Column.key("backend", false),
                new Column("median [95% CI]", true, 0)));
        if (baseline != null) {
            columns.add(new Column("vs " + baseline + " [95% CI]", true, 0));
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure figure : FigureLabels.figures(key.scenario())) {
            boolean measured = grid.backends().stream()
                    .anyMatch(b -> grid.cell(b, key) != null && grid.cell(b, key).figure(figure) != null);
            if (measured) {
                figures.add(figure);
            }
        }
        if (figures.isEmpty()) {
            // Every backend failed here: still show which, and why.
            figures.add(FigureLabels.figures(key.scenario()).get(0));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            boolean first = true;
            for (String backend : grid.backends()) {
                CellResult cell = grid.cell(backend, key);
                List<Cell> row = new ArrayList<>();
                row.add(Cell.of(first ? FigureLabels.shortName(figure, key.scenario()) : ""));
                row.add(Cell.of(backend));
                row.add(figureCells.value(cell, figure));
                if (baseline != null) {
                    row.add(FigureCells.ratioCell(figureCells.ratio(cell, figure), figure, true));
                }
                rows.add(row);
                first = false;
            }
        }
        return new Table(key.scenario().cliName() + ", " + key.label(Set.of(LabelPart.PATTERN)), columns, rows, false);
    }
}
