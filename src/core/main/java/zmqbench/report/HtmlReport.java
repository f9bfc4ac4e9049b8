package zmqbench.report;

import java.io.PrintWriter;
import zmqbench.breakdown.CrossingCosts;
import zmqbench.results.ResultSet;

/**
 * The report as one self-contained HTML page: the run's header, the result tables and SVG charts
 * drawn here, with inline CSS and no scripts (checkboxes that show or hide a backend's marks are
 * CSS alone). Nothing is fetched when it is opened; a
 * Content-Security-Policy says so to the browser as well. All text from the results is escaped.
 */
public final class HtmlReport implements ReportFormat {

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1em 1.5em;color:#222;background:#fff;font-size:14px}
            h1{font-size:1.5em;margin:0 0 .2em}
            h2{font-size:1.3em;margin:1.4em 0 .4em;border-bottom:1px solid #ccc}
            h3{font-size:1.1em;margin:1em 0 .3em}
            .meta-grid{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
            table{border-collapse:collapse;margin:.3em 0 1em}
            caption{text-align:left;font-weight:600;padding:.2em 0}
            th,td{border:1px solid #d0d0d0;padding:.25em .5em;vertical-align:top}
            thead th{background:#f2f2f2}
            table.meta th{text-align:left;background:#f7f7f7;font-weight:600}
            table.meta td{font-family:ui-monospace,monospace;font-size:.92em;word-break:break-all;max-width:32em}
            table.results{max-width:100%;min-width:36em}
            table.results tbody th{text-align:left;font-weight:normal;background:#fafafa}
            table.summary th,table.summary td{padding:.1em .5em}
            .forest{display:flex;flex-wrap:wrap;gap:24px;margin:.3em 0 .6em}
            .toggles{position:sticky;top:0;z-index:1;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd}
            .toggles label{margin-left:1em;white-space:nowrap}
            circle.hover:hover{fill:#00000040}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.failed{color:#a40000;background:#fff0f0;max-width:18em}
            td.missing{color:#888;text-align:center}
            .unit{font-weight:normal;color:#555}
            .ratio{font-size:.85em;color:#555}
            .ratio.better{color:#116611}
            .ratio.worse{color:#a40000}
            .fn{font-size:.75em;margin-left:.1em}
            .explain{color:#444;max-width:60em}
            .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;vertical-align:baseline}
            .warn{background:#fff6d6;border:1px solid #e0c060;padding:.3em .8em;margin:1em 0}
            .charts{display:flex;flex-wrap:wrap;gap:1em}
            figure{margin:0;max-width:100%;overflow-x:auto}
            svg.chart{display:block}
            details{margin:.5em 0}
            footer{margin-top:2em;color:#777;font-size:.85em}
            """;

    @Override
    public void write(ResultSet results, PrintWriter out) {
        out.print(render(results));
        out.flush();
    }

    /** The whole page. */
    public String render(ResultSet results) {
        HtmlCellIndex index = new HtmlCellIndex(results);
        BackendPalette palette = new BackendPalette(index.backends());
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                .append(" style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>zmqbench report")
                .append(results.createdAt() == null ? "" : " " + HtmlText.escape(results.createdAt()))
                .append("</title>\n<style>\n").append(CSS).append(BackendToggles.css(index.backends()))
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>zmqbench report</h1>\n");
        // The answer first: the ratios and verdicts, then what ran where, then the detail tables.
        HtmlSummary.write(out, ResultGrid.of(results));
        HtmlHeader.write(out, results, index, palette);
        out.append("<main>\n");
        new HtmlResultTables(results, index).write(out);
        HtmlCharts.write(out, index, palette);
        BreakdownChart.write(out, ResultGrid.of(results), CrossingCosts.NONE);
        out.append("</main>\n<footer>zmqbench ").append(HtmlText.escape(results.toolVersion()))
                .append(": a self-contained page; nothing in it is fetched from the network.</footer>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }
}
