package zmqbench.report;

import java.util.List;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Style;
import zmqbench.report.text.Table;

/**
 * Renders a {@link Table} as an HTML table: its title as the caption, right-aligned columns with
 * class {@code num}, and each cell's {@link Style} as a class ({@code good}, {@code bad},
 * {@code dim}, {@code alert}, {@code bold}) for the page's CSS. All text is escaped.
 */
public final class HtmlTable {

    private HtmlTable() {
    }

    public static String render(Table table) {
        StringBuilder out = new StringBuilder(1024);
        out.append("<table>\n<caption>").append(HtmlText.escape(table.title())).append("</caption>\n<thead><tr>");
        for (Column column : table.columns()) {
            out.append("<th").append(column.alignRight() ? " class=\"num\"" : "").append('>')
                    .append(HtmlText.escape(column.header())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                String classes = ((table.columns().get(i).alignRight() ? "num " : "") + styleClass(cell.style()))
                        .strip();
                out.append("<td").append(classes.isEmpty() ? "" : " class=\"" + classes + "\"").append('>')
                        .append(HtmlText.escape(cell.joined().strip())).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String styleClass(Style style) {
        return style == Style.PLAIN ? "" : style.name().toLowerCase(java.util.Locale.ROOT);
    }
}
