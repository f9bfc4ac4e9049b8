package zmqbench.diff;

import java.io.PrintWriter;
import java.util.List;
import zmqbench.report.text.Table;

/**
 * Where a diff's report for people goes, block by block: terminal text, GitHub Markdown (a
 * pull-request comment) or a self-contained HTML page. {@link DiffReport} says what; each
 * document says how.
 */
abstract class DiffDocument {

    protected final PrintWriter out;

    DiffDocument(PrintWriter out) {
        this.out = out;
    }

    /** The report's title: a heading in Markdown and HTML, nothing in the terminal. */
    abstract void title(String text);

    abstract void paragraph(String text);

    abstract void table(Table table);

    /** A heading line, then one item per line. */
    abstract void list(String heading, List<String> items);

    /** Space between two blocks: a blank line in the text formats. */
    void gap() {
        out.println();
    }

    /** Closes what the document opened and flushes. */
    void end() {
        out.flush();
    }
}
