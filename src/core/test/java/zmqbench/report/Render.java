package zmqbench.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import zmqbench.results.ResultSet;

/** Renders a report into a string. */
final class Render {

    private Render() {
    }

    static String of(ReportFormat format, ResultSet set) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            format.write(set, out);
        }
        return text.toString();
    }

    /** Visible width: ANSI colour codes take no columns. */
    static int width(String line) {
        String plain = line.replaceAll("\u001b\\[[0-9;]*m", "");
        return plain.codePointCount(0, plain.length());
    }
}
