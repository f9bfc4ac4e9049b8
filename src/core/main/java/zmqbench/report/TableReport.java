package zmqbench.report;

import java.io.PrintWriter;
import java.util.List;
import zmqbench.breakdown.CrossingCosts;
import zmqbench.report.text.Footnotes;
import zmqbench.report.text.Table;
import zmqbench.report.text.TextTable;
import zmqbench.results.ResultSet;

/**
 * The terminal report: a header (placement, forks, environment), then per scenario one table per
 * figure, each backend side by side with its ratio to the baseline, then the legend and numbered
 * footnotes. No line is wider than {@link ReportOptions#widthColumns()}; tables with too many
 * backends are split into parts that each repeat the baseline.
 */
public final class TableReport implements ReportFormat {

    private static final String FOOTNOTE_INDENT = "    ";

    private final ReportOptions options;

    public TableReport(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(ResultSet results, PrintWriter out) {
        int width = options.widthColumns();
        ResultGrid grid = ResultGrid.of(results);
        // The answer first: what a reader came for fits the first screen; how it was measured follows.
        List<Summary.Row> summary = Summary.rows(grid);
        print(out, TextTable.wrap(SummaryTable.title(grid, summary), width, "  "));
        RunLogLine.of(results).ifPresent(line -> print(out, TextTable.wrap(line, width, "  ")));
        for (Table table : SummaryTable.of(grid, summary)) {
            out.println();
            print(out, TextTable.render(table, width, options.color()));
        }
        for (String paragraph : SummaryTable.legend(grid, summary)) {
            print(out, TextTable.wrap(paragraph, width, "  "));
        }
        out.println();
        for (String paragraph : ReportText.header(grid)) {
            print(out, TextTable.wrap(paragraph, width, "  "));
        }
        Footnotes footnotes = new Footnotes();
        for (Section section : FigureTables.build(grid, footnotes)) {
            for (Table table : section.tables()) {
                out.println();
                print(out, TextTable.render(table, width, options.color()));
            }
        }
        BreakdownSection.writeText(grid, CrossingCosts.NONE, out, width, options.color());
        out.println();
        for (String paragraph : ReportText.legend(grid, options.color())) {
            print(out, TextTable.wrap(paragraph, width, "  "));
        }
        if (!footnotes.isEmpty()) {
            out.println();
            for (String note : footnotes.entries()) {
                print(out, TextTable.wrap(note, width, FOOTNOTE_INDENT));
            }
        }
        List<String> unfinished = ReportText.unfinished(results);
        if (!unfinished.isEmpty()) {
            out.println();
            print(out, unfinished);
        }
        out.flush();
    }

    private static void print(PrintWriter out, List<String> lines) {
        for (String line : lines) {
            out.println(line);
        }
    }
}
