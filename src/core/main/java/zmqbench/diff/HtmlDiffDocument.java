package zmqbench.diff;

import java.io.PrintWriter;
import java.util.List;
import zmqbench.report.HtmlTable;
import zmqbench.report.HtmlText;
import zmqbench.report.text.Table;

/**
 * A diff as one self-contained HTML page: inline CSS, no scripts, nothing fetched (a
 * Content-Security-Policy says so to the browser). Improved figures green, regressed red, changes
 * within noise grey.
 */
final class HtmlDiffDocument extends DiffDocument {

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;background:#fff;font-size:14px}
            h1{font-size:1.5em;margin:0 0 .5em}
            p{max-width:70em;margin:.3em 0}
            table{border-collapse:collapse;margin:.8em 0 1em}
            caption{text-align:left;font-weight:600;padding:.2em 0}
            th,td{border:1px solid #d0d0d0;padding:.25em .5em;vertical-align:top}
            thead th{background:#f2f2f2}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .good{color:#116611;font-weight:600}
            .bad,.alert{color:#a40000;font-weight:600}
            .dim{color:#777}
            """;

    private boolean started;

    HtmlDiffDocument(PrintWriter out) {
        super(out);
    }

    @Override
    void title(String text) {
        start(text);
        out.println("<h1>" + HtmlText.escape(text) + "</h1>");
    }

    @Override
    void paragraph(String text) {
        start("zmqbench diff");
        out.println("<p>" + HtmlText.escape(text) + "</p>");
    }

    @Override
    void table(Table table) {
        start("zmqbench diff");
        out.print(HtmlTable.render(table));
    }

    @Override
    void list(String heading, List<String> items) {
        paragraph(heading);
        out.println("<ul>");
        items.forEach(item -> out.println("<li>" + HtmlText.escape(item) + "</li>"));
        out.println("</ul>");
    }

    @Override
    void gap() {
        // Blocks are spaced by the CSS.
    }

    @Override
    void end() {
        start("zmqbench diff");
        out.println("</body>\n</html>");
        super.end();
    }

    private void start(String title) {
        if (started) {
            return;
        }
        started = true;
        out.println("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + HtmlText.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>");
    }
}
