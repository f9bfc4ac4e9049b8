package zmqbench.report;

import java.util.List;
import java.util.Set;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.Figure;

/**
 * The HTML report's first section: the forest plot of the ratios (latency and throughput panels),
 * then the summary table (as the terminal's: value with its interval, the width it reached, ratio
 * and verdict) and how to read it.
 */
final class HtmlSummary {

    private HtmlSummary() {
    }

    static void write(StringBuilder out, ResultGrid grid) {
        List<Summary.Row> rows = Summary.rows(grid);
        out.append("<section id=\"summary\">\n<h2>").append(HtmlText.escape(SummaryTable.title(grid, rows)))
                .append("</h2>\n");
        RunLogLine.of(grid.set()).ifPresent(line -> out.append("<p>").append(HtmlText.escape(line)).append("</p>\n"));
        if (grid.baseline() != null) {
            out.append(ForestPlot.html(rows, grid.baseline(), Summary.margin(grid)));
        }
        out.append("<table class=\"results summary\">\n<thead><tr><th>scenario</th><th>cell</th><th>backend</th>")
                .append("<th>median, 95% interval</th><th>&#xb1;%</th>");
        if (grid.baseline() != null) {
            out.append("<th>vs ").append(HtmlText.escape(grid.baseline())).append(", 95% interval</th><th>verdict</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Summary.Row row : rows) {
            out.append("<tr><th>").append(HtmlText.escape(row.key().scenario().cliName())).append("</th><th>")
                    .append(HtmlText.escape(row.key().label(Set.of(LabelPart.PATTERN)))).append("</th><td>")
                    .append(HtmlText.escape(row.backend())).append("</td><td class=\"num\">")
                    .append(HtmlText.escape(row.value() == null ? HtmlNumbers.DASH
                            : SummaryTable.valueText(row) + (row.figure() == Figure.RTT_P50 ? " \u00b5s" : " msg/s")))
                    .append("</td><td class=\"num").append(row.converged() ? "" : " failed").append("\">")
                    .append(HtmlText.escape(SummaryTable.widthText(row)
                            + (row.converged() ? "" : " " + SummaryTable.NOT_CONVERGED)))
                    .append("</td>");
            if (grid.baseline() != null) {
                String css = switch (row.verdict()) {
                    case Summary.FASTER -> " better";
                    case Summary.SLOWER -> " worse";
                    default -> "";
                };
                out.append("<td class=\"num\">").append(HtmlText.escape(row.ratio() == null ? ""
                                : Units.ratio(row.ratio())))
                        .append("</td><td class=\"ratio").append(css).append("\">")
                        .append(HtmlText.escape(row.phrase())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (String paragraph : SummaryTable.legend(grid, rows)) {
            out.append("<p class=\"explain\">").append(HtmlText.escape(paragraph)).append("</p>\n");
        }
        out.append("</section>\n");
    }
}
