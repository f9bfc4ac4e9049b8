package zmqbench.diff;

import java.io.PrintWriter;
import java.util.Locale;
import zmqbench.report.ReportOptions;
import zmqbench.scenario.Names;

/** The formats of {@code zmqbench diff}, by their command-line names. */
public enum DiffFormat {
    /** Terminal text, the default. */
    TABLE,
    /** GitHub Markdown, for a pull-request comment. */
    MD,
    /** Every change, machine-readable ({@link DiffJson}). */
    JSON,
    /** A self-contained HTML page. */
    HTML;

    public String cliName() {
        return Names.cliName(this);
    }

    /**
     * The format named {@code name} (any case; "markdown" for md).
     *
     * @throws IllegalArgumentException naming the choices, when no format has that name
     */
    public static DiffFormat parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Names.parse(DiffFormat.class, "diff format", wanted.equals("markdown") ? "md" : wanted);
    }

    /**
     * Writes {@code diff} in this format; {@code gate} may be null (no threshold). Only the terminal
     * text uses {@code options}' colour and width.
     *
     * @param all also list the figures whose change is not significant (JSON lists every one)
     */
    public void write(SetDiff diff, RegressionGate gate, String nameBefore, String nameAfter, boolean all,
                      ReportOptions options, PrintWriter out) {
        if (this == JSON) {
            DiffJson.write(diff, gate, nameBefore, nameAfter, out);
            return;
        }
        DiffDocument document = switch (this) {
            case MD -> new MarkdownDiffDocument(out);
            case HTML -> new HtmlDiffDocument(out);
            default -> new TextDiffDocument(options, out);
        };
        new DiffReport(all).write(diff, gate, nameBefore, nameAfter, document);
    }
}
