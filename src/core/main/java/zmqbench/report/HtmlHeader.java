package zmqbench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zmqbench.options.OptionsRecord;
import zmqbench.results.CellResult;
import zmqbench.results.ResultSet;

/** The top of the report: what ran, where and how, and the backends' versions. */
final class HtmlHeader {

    private HtmlHeader() {
    }

    static void write(StringBuilder out, ResultSet results, HtmlCellIndex index, BackendPalette palette) {
        out.append("<header>\n<div class=\"meta-grid\">\n");

        Map<String, String> run = new LinkedHashMap<>();
        run.put("tool version", results.toolVersion());
        run.put("created at", results.createdAt());
        run.put("placement", results.placement());
        run.put("config hash", results.configHash());
        run.put("baseline", results.baseline() == null ? "none" : results.baseline());
        keyValueTable(out, "Run", run);

        backendTable(out, results, index, palette);

        if (results.environment() != null && !results.environment().isEmpty()) {
            keyValueTable(out, "Environment", results.environment());
        }
        out.append("</div>\n");

        if (results.options() != null) {
            Map<String, String> options = new LinkedHashMap<>();
            OptionsRecord.fields(results.options()).forEach((k, v) -> options.put(k, OptionsRecord.text(v)));
            out.append("<details>\n<summary>Options (").append(options.size()).append(")</summary>\n");
            keyValueTable(out, null, options);
            out.append("</details>\n");
        }

        List<String> unfinished = results.unfinished();
        if (unfinished != null && !unfinished.isEmpty()) {
            out.append("<div class=\"warn\"><p>The run was interrupted: ").append(unfinished.size())
                    .append(unfinished.size() == 1 ? " cell was" : " cells were")
                    .append(" planned but not measured.</p>\n<ul>\n");
            for (String cell : unfinished) {
                out.append("<li>").append(HtmlText.escape(cell)).append("</li>\n");
            }
            out.append("</ul></div>\n");
        }
        out.append("</header>\n");
    }

    private static void backendTable(StringBuilder out, ResultSet results, HtmlCellIndex index,
                                     BackendPalette palette) {
        if (index.backends().isEmpty()) {
            return;
        }
        out.append("<table class=\"meta\">\n<caption>Backends</caption>\n")
                .append("<thead><tr><th>backend</th><th>version</th><th>libzmq</th></tr></thead>\n<tbody>\n");
        for (String backend : index.backends()) {
            CellResult first = null;
            for (CellResult cell : results.cells()) {
                if (cell != null && backend.equals(cell.backend())) {
                    first = cell;
                    break;
                }
            }
            out.append("<tr><th><span class=\"swatch\" style=\"background:")
                    .append(HtmlText.escape(palette.colour(backend))).append("\"></span>")
                    .append(HtmlText.escape(backend))
                    .append(backend.equals(results.baseline()) ? " (baseline)" : "").append("</th><td>")
                    .append(HtmlText.escape(first == null ? "" : first.versions().backendVersion()))
                    .append("</td><td>")
                    .append(HtmlText.escape(first == null ? "" : first.versions().libzmqVersion()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void keyValueTable(StringBuilder out, String caption, Map<String, String> rows) {
        out.append("<table class=\"meta\">\n");
        if (caption != null) {
            out.append("<caption>").append(HtmlText.escape(caption)).append("</caption>\n");
        }
        out.append("<tbody>\n");
        rows.forEach((k, v) -> out.append("<tr><th>").append(HtmlText.escape(k)).append("</th><td>")
                .append(HtmlText.escape(v == null ? "" : v)).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
    }
}
