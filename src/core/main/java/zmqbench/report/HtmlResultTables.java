package zmqbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;

/**
 * The result tables: one per scenario and figure, a row per cell, a column per backend. A value
 * is the median across forks with its 95% interval, [lower, upper]; under it, the ratio to the baseline backend.
 * Failed cells show their status; cell notes become numbered footnotes.
 */
final class HtmlResultTables {

    private final ResultSet results;
    private final HtmlCellIndex index;
    private final String baseline;
    private final Map<String, Integer> footnotes = new LinkedHashMap<>();

    HtmlResultTables(ResultSet results, HtmlCellIndex index) {
        this.results = results;
        this.index = index;
        this.baseline = results.baseline() != null && index.backends().contains(results.baseline())
                ? results.baseline() : null;
    }

    void write(StringBuilder out) {
        out.append("<section id=\"results\">\n<h2>Results</h2>\n");
        if (index.isEmpty()) {
            out.append("<p>No cells were measured.</p>\n</section>\n");
            return;
        }
        out.append("<p class=\"explain\">Each value is the median across forks &#xb1; half its 95% confidence")
                .append(" interval.");
        if (baseline != null) {
            out.append(" Under it, &#xd7; the ratio to the baseline backend <b>").append(HtmlText.escape(baseline))
                    .append("</b> with the ratio&#39;s 95% interval, green when significantly better and red")
                    .append(" when significantly worse. <span class=\"ns\">~</span> not significant: the ratio&#39;s")
                    .append(" interval includes 1.");
        } else if (results.baseline() != null) {
            out.append(" The baseline backend ").append(HtmlText.escape(results.baseline()))
                    .append(" has no results, so no ratios are shown.");
        }
        out.append("</p>\n");
        for (ScenarioKind scenario : index.scenarios()) {
            out.append("<h3>").append(HtmlText.escape(scenario.cliName())).append("</h3>\n");
            for (String figure : figures(scenario)) {
                table(out, scenario, figure);
            }
        }
        writeFootnotes(out);
        out.append("</section>\n");
    }

    /** The figure keys any cell of the scenario has: {@link Figure}'s order first, then the rest by name. */
    private List<String> figures(ScenarioKind scenario) {
        TreeSet<String> present = new TreeSet<>();
        for (CellKey key : index.keys(scenario)) {
            for (CellResult cell : index.cells(key)) {
                if (cell.figures() != null) {
                    present.addAll(cell.figures().keySet());
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            if (present.remove(figure.key())) {
                ordered.add(figure.key());
            }
        }
        ordered.addAll(present);
        return ordered;
    }

    private void table(StringBuilder out, ScenarioKind scenario, String figureKey) {
        Figure figure = figure(figureKey);
        out.append("<table class=\"results\">\n<caption>").append(HtmlText.escape(scenario.cliName())).append(": ")
                .append(HtmlText.escape(figureKey));
        if (figure != null) {
            out.append(" <span class=\"unit\">(").append(HtmlText.escape(figure.unit())).append(", ")
                    .append(figure.higherIsBetter() ? "higher" : "lower").append(" is better)</span>");
            if (scenario == ScenarioKind.OPEN_LOOP) {
                // corrected or not: the same key means different things here than in latency
                out.append("<br>").append(HtmlText.escape(FigureLabels.title(figure, scenario)));
            }
        }
        out.append("</caption>\n<thead><tr><th>pattern</th><th>transport</th><th>size</th><th>hwm</th>");
        for (String backend : index.backends()) {
            out.append("<th class=\"backend\">").append(HtmlText.escape(backend))
                    .append(backend.equals(baseline) ? " <span class=\"unit\">(baseline)</span>" : "").append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (CellKey key : index.keys(scenario)) {
            out.append("<tr><th>").append(HtmlText.escape(key.pattern().cliName())).append("</th><th>")
                    .append(HtmlText.escape(key.transport().cliName())).append("</th><th class=\"num\">")
                    .append(HtmlText.escape(HtmlNumbers.bytes(key.size()))).append("</th><th class=\"num\">")
                    .append(HtmlText.escape(HtmlNumbers.hwm(key.hwm()))).append("</th>");
            for (String backend : index.backends()) {
                valueCell(out, key, backend, figureKey, figure);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void valueCell(StringBuilder out, CellKey key, String backend, String figureKey, Figure figure) {
        CellResult cell = index.cell(key, backend);
        if (cell == null) {
            out.append("<td class=\"missing\">").append(HtmlText.escape(HtmlNumbers.DASH)).append("</td>");
            return;
        }
        if (!cell.ok()) {
            out.append("<td class=\"failed\">failed: ").append(HtmlText.escape(cell.status()));
            footnoteMarks(out, cell);
            out.append("</td>");
            return;
        }
        Estimate e = cell.figures() == null ? null : cell.figures().get(figureKey);
        if (e == null) {
            out.append("<td class=\"missing\">").append(HtmlText.escape(HtmlNumbers.DASH));
            footnoteMarks(out, cell);
            out.append("</td>");
            return;
        }
        String unit = figure == null ? "" : figure.unit();
        out.append("<td class=\"num\" title=\"").append(HtmlText.escape(HtmlNumbers.describe(e, unit))).append("\">")
                .append(HtmlText.escape(HtmlNumbers.interval(e)));
        footnoteMarks(out, cell);
        ratio(out, key, backend, figureKey, figure, e);
        out.append("</td>");
    }

    private void ratio(StringBuilder out, CellKey key, String backend, String figureKey, Figure figure, Estimate e) {
        if (baseline == null || backend.equals(baseline)) {
            return;
        }
        CellResult base = index.cell(key, baseline);
        if (base == null || !base.ok() || base.figures() == null || base.figures().get(figureKey) == null) {
            return;
        }
        CellResult cell = index.cell(key, backend);
        Estimate r = figure != null ? BaselineRatio.of(cell, base, figure)
                : BaselineRatio.of(e, base.figures().get(figureKey));
        if (r == null) {
            return;
        }
        boolean same = r.straddles(1.0);
        String verdict = "";
        if (!same && figure != null) {
            boolean higher = r.lower() > 1;
            verdict = higher == figure.higherIsBetter() ? " better" : " worse";
        }
        out.append("<div class=\"ratio").append(verdict).append("\">&#xd7;")
                .append(HtmlText.escape(HtmlNumbers.ratio(r.median()))).append(" [")
                .append(HtmlText.escape(HtmlNumbers.ratio(r.lower()))).append(", ")
                .append(HtmlText.escape(HtmlNumbers.ratio(r.upper()))).append("]");
        if (same) {
            out.append(" <span class=\"ns\" title=\"not significant: the interval includes 1\">~</span>");
        }
        out.append("</div>");
    }

    private void footnoteMarks(StringBuilder out, CellResult cell) {
        if (cell.notes() == null) {
            return;
        }
        for (String note : cell.notes()) {
            if (note == null || note.isBlank()) {
                continue;
            }
            int n = footnotes.computeIfAbsent(note, k -> footnotes.size() + 1);
            out.append("<sup class=\"fn\"><a href=\"#note-").append(n).append("\">").append(n).append("</a></sup>");
        }
    }

    private void writeFootnotes(StringBuilder out) {
        if (footnotes.isEmpty()) {
            return;
        }
        out.append("<h3>Notes</h3>\n<ol class=\"notes\">\n");
        footnotes.forEach((note, n) -> out.append("<li id=\"note-").append(n).append("\">")
                .append(HtmlText.escape(note)).append("</li>\n"));
        out.append("</ol>\n");
    }

    private static Figure figure(String key) {
        for (Figure figure : Figure.values()) {
            if (figure.key().equals(key)) {
                return figure;
            }
        }
        return null;
    }
}
