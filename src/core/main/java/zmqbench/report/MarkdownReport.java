package zmqbench.report;

import java.io.PrintWriter;
import java.util.List;
import zmqbench.breakdown.CrossingCosts;
import zmqbench.report.text.Footnotes;
import zmqbench.report.text.MarkdownTable;
import zmqbench.report.text.Table;
import zmqbench.results.ResultSet;

/** The terminal report's tables as GitHub Markdown, for issues, pull requests and READMEs. */
public final class MarkdownReport implements ReportFormat {

    @Override
    public void write(ResultSet results, PrintWriter out) {
        ResultGrid grid = ResultGrid.of(results);
        out.println("## zmqbench results");
        out.println();
        // The answer first: what a reader came for, then how it was measured.
        List<Summary.Row> summary = Summary.rows(grid);
        out.println(MarkdownTable.escape(SummaryTable.title(grid, summary)));
        RunLogLine.of(results).ifPresent(line -> {
            out.println();
            out.println(MarkdownTable.escape(line));
        });
        for (Table table : SummaryTable.of(grid, summary)) {
            out.println();
            MarkdownTable.render(table, 3).forEach(out::println);
        }
        out.println();
        for (String paragraph : SummaryTable.legend(grid, summary)) {
            out.println(MarkdownTable.escape(paragraph) + "  ");
        }
        out.println();
        for (String paragraph : ReportText.header(grid)) {
            out.println(MarkdownTable.escape(paragraph) + "  ");
        }
        Footnotes footnotes = new Footnotes();
        for (Section section : FigureTables.build(grid, footnotes)) {
            out.println();
            out.println("### " + MarkdownTable.escape(section.scenario().cliName()));
            for (Table table : section.tables()) {
                out.println();
                MarkdownTable.render(table, 4).forEach(out::println);
            }
        }
        BreakdownSection.writeMarkdown(grid, CrossingCosts.NONE, out);
        out.println();
        for (String paragraph : ReportText.legend(grid, false)) {
            out.println(MarkdownTable.escape(paragraph) + "  ");
        }
        if (!footnotes.isEmpty()) {
            out.println();
            for (String note : footnotes.entries()) {
                out.println("- " + MarkdownTable.escape(note));
            }
        }
        if (!results.unfinished().isEmpty()) {
            out.println();
            out.println("Not measured (run interrupted or stopped):");
            out.println();
            for (String cell : results.unfinished()) {
                out.println("- " + MarkdownTable.escape(cell));
            }
        }
        out.flush();
    }
}
