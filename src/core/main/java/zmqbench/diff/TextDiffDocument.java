package zmqbench.diff;

import java.io.PrintWriter;
import java.util.List;
import zmqbench.report.ReportOptions;
import zmqbench.report.text.Table;
import zmqbench.report.text.TextTable;

/** A diff for the terminal: paragraphs wrapped to its width, tables in colour when allowed. */
final class TextDiffDocument extends DiffDocument {

    private final ReportOptions options;

    TextDiffDocument(ReportOptions options, PrintWriter out) {
        super(out);
        this.options = options;
    }

    @Override
    void title(String text) {
        // The terminal shows what ran; the command line is the title.
    }

    @Override
    void paragraph(String text) {
        TextTable.wrap(text, options.widthColumns(), "  ").forEach(out::println);
    }

    @Override
    void table(Table table) {
        TextTable.render(table, options.widthColumns(), options.color()).forEach(out::println);
    }

    @Override
    void list(String heading, List<String> items) {
        paragraph(heading);
        for (String item : items) {
            TextTable.wrap(item, options.widthColumns() - 2, "  ").forEach(line -> out.println("  " + line));
        }
    }
}
