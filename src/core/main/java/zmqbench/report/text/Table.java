package zmqbench.report.text;

import java.util.List;

/**
 * A titled table, rendered by {@link TextTable} or {@link MarkdownTable}.
 *
 * @param pinFirstGroup repeat group 0 (the baseline) in every part when the table is split
 */
public record Table(String title, List<Column> columns, List<List<Cell>> rows, boolean pinFirstGroup) {

    public Table {
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
