package zmqbench.report.text;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Table} as a GitHub Markdown table under a heading. */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    /** A heading of the given level (e.g. 3 for "###"), a blank line, then the table. */
    public static List<String> render(Table table, int headingLevel) {
        List<String> lines = new ArrayList<>();
        lines.add("#".repeat(headingLevel) + " " + escape(table.title()));
        lines.add("");
        List<String> headers = new ArrayList<>();
        List<String> alignments = new ArrayList<>();
        for (Column column : table.columns()) {
            headers.add(escape(column.header()));
            alignments.add(column.alignRight() ? "---:" : ":---");
        }
        lines.add(row(headers));
        lines.add(row(alignments));
        for (List<Cell> cells : table.rows()) {
            List<String> texts = new ArrayList<>();
            for (Cell cell : cells) {
                texts.add(escape(cell.joined().strip()));
            }
            lines.add(row(texts));
        }
        return lines;
    }

    /** Text with Markdown's table and emphasis characters escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("~", "\\~").replace("<", "&lt;");
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
