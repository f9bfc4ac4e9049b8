package zmqbench.report;

import java.util.List;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Table;
import zmqbench.sweep.RateSweep;

/**
 * A rate sweep in HTML: a section (the chart, the knees, every step) that a report page can hold,
 * and a self-contained page around it.
 */
public final class RateSweepHtml {

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin:.8em 0}
            caption{text-align:left;font-weight:600;padding:.2em 0}
            th,td{border:1px solid #d0d0d0;padding:.25em .5em}
            thead th{background:#f2f2f2}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            svg.chart{display:block}
            """;

    private RateSweepHtml() {
    }

    /** The whole page: nothing in it is fetched from the network. */
    public static String page(RateSweep sweep) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">\n"
                + "<title>zmqbench rate sweep " + HtmlText.escape(sweep.cell()) + "</title>\n<style>\n" + CSS
                + "</style>\n</head>\n<body>\n<h1>zmqbench rate sweep</h1>\n" + section(sweep) + "</body>\n</html>\n";
    }

    /** The sweep's section: corrected p99 against offered load, the knee per backend, then every step. */
    public static String section(RateSweep sweep) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("<section id=\"rate-sweep\">\n<h2>Latency against offered load</h2>\n")
                .append("<p>Open-loop at rising offered rates until the corrected p99 round trip (from each ")
                .append("message's intended send time, median across forks) passes ")
                .append(HtmlText.escape(RateSweepTables.limit(sweep)))
                .append(" or the pinger no longer keeps the rate; whiskers are 95% intervals.</p>\n<figure>\n")
                .append(RateSweepChart.render(sweep)).append("</figure>\n");
        table(out, RateSweepTables.knees(sweep));
        table(out, RateSweepTables.steps(sweep));
        return out.append("</section>\n").toString();
    }

    private static void table(StringBuilder out, Table table) {
        out.append("<table>\n<caption>").append(HtmlText.escape(table.title())).append("</caption>\n<thead><tr>");
        for (Column column : table.columns()) {
            out.append("<th>").append(HtmlText.escape(column.header())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(table.columns().get(i).alignRight() ? "<td class=\"num\">" : "<td>")
                        .append(HtmlText.escape(row.get(i).joined())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }
}
