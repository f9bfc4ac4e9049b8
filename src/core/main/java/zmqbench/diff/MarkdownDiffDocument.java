package zmqbench.diff;

import java.io.PrintWriter;
import java.util.List;
import zmqbench.report.text.MarkdownTable;
import zmqbench.report.text.Table;

/** A diff as GitHub Markdown, to paste as a pull-request comment. */
final class MarkdownDiffDocument extends DiffDocument {

    MarkdownDiffDocument(PrintWriter out) {
        super(out);
    }

    @Override
    void title(String text) {
        out.println("## " + MarkdownTable.escape(text));
        out.println();
    }

    @Override
    void paragraph(String text) {
        // Two trailing spaces: a line break, so consecutive paragraphs stay on their own lines.
        out.println(MarkdownTable.escape(text) + "  ");
    }

    @Override
    void table(Table table) {
        MarkdownTable.render(table, 3).forEach(out::println);
    }

    @Override
    void list(String heading, List<String> items) {
        paragraph(heading);
        items.forEach(item -> out.println("- " + MarkdownTable.escape(item)));
    }
}
