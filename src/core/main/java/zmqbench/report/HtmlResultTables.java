package zmqbench.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;
import zmqbench.stats.MarginVerdict;

/**
 * The result tables: one per scenario and figure, titled for people with the figure's unit, a row
 * per cell, a column per backend. A value is the median across forks with its 95% interval, as the
 * terminal prints it; under it, the ratio to the baseline backend where a ratio means something.
 * Failed cells show their status; cell notes become numbered footnotes.
 */
final class HtmlResultTables {

    private final ResultSet results;
    private final HtmlCellIndex index;
    private final String baseline;
    private final double margin;
    private final Map<String, Integer> footnotes = new LinkedHashMap<>();

    /**
     * Figures whose ratio to the baseline means nothing: a spread (window CV), a time to steady
     * state that sits at its floor, percentages of a target or of what was sent, counts.
     */
    private static final Set<Figure> NO_RATIO = EnumSet.of(Figure.WINDOW_CV_PERCENT, Figure.TIME_TO_STEADY_MS,
            Figure.DROPPED_PERCENT, Figure.ACHIEVED_RATE_PERCENT, Figure.WARMUP_MESSAGES, Figure.JIT_MS);

    HtmlResultTables(ResultSet results, HtmlCellIndex index) {
        this.results = results;
        this.index = index;
        this.baseline = results.baseline() != null && index.backends().contains(results.baseline())
                ? results.baseline() : null;
        this.margin = Summary.margin(ResultGrid.of(results));
    }

    void write(StringBuilder out) {
        out.append("<section id=\"results\">\n<h2>Results</h2>\n");
        if (index.isEmpty()) {
            out.append("<p>No cells were measured.</p>\n</section>\n");
            return;
        }
        out.append("<p class=\"explain\">Each value is the median across forks with its 95% interval,")
                .append(" in the unit its table names: &#39;&#xb1;h&#39; when the interval is symmetric about the")
                .append(" median, &#39;[low, high]&#39; when not.");
        if (baseline != null) {
            out.append(" Under it, the ratio to <b>").append(HtmlText.escape(baseline))
                    .append("</b> with its 95% interval: green when better and red when worse beyond &#xb1;")
                    .append(HtmlText.escape(HtmlNumbers.percent(margin)))
                    .append(" (the run&#39;s margin), grey otherwise.")
                    .append(" Figures whose ratio says nothing (a spread, a time to steady state held at its")
                    .append(" floor, a percentage) show none.");
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
        out.append("<table class=\"results\">\n<caption>").append(HtmlText.escape(scenario.cliName())).append(": ");
        if (figure == null) {
            out.append(HtmlText.escape(figureKey));
        } else {
            out.append(HtmlText.escape(FigureLabels.title(figure, scenario))).append(" <span class=\"unit\">(")
                    .append(figure.higherIsBetter() ? "higher" : "lower").append(" is better)</span>");
        }
        out.append("</caption>\n<thead><tr><th>cell</th>");
        for (String backend : index.backends()) {
            out.append("<th class=\"backend\">").append(HtmlText.escape(backend))
                    .append(backend.equals(baseline) ? " <span class=\"unit\">(baseline)</span>" : "").append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (CellKey key : index.keys(scenario)) {
            out.append("<tr><th>").append(HtmlText.escape(key.label(Set.of(LabelPart.PATTERN)))).append("</th>");
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
        Unit unit = figure == null ? Unit.COUNT : Unit.of(figure);
        out.append("<td class=\"num\" title=\"")
                .append(HtmlText.escape(HtmlNumbers.describe(e, v -> Units.number(v, unit)))).append("\">")
                .append(HtmlText.escape(Units.estimate(e, unit)));
        footnoteMarks(out, cell);
        ratio(out, key, backend, figureKey, figure, e);
        out.append("</td>");
    }

    private void ratio(StringBuilder out, CellKey key, String backend, String figureKey, Figure figure, Estimate e) {
        if (baseline == null || backend.equals(baseline) || (figure != null && NO_RATIO.contains(figure))) {
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
        String verdict = switch (MarginVerdict.of(r, margin)) {
            case HIGHER -> figure == null ? "" : figure.higherIsBetter() ? " better" : " worse";
            case LOWER -> figure == null ? "" : figure.higherIsBetter() ? " worse" : " better";
            default -> "";
        };
        out.append("<div class=\"ratio").append(verdict).append("\">")
                .append(HtmlText.escape(Units.ratio(r))).append("</div>");
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
