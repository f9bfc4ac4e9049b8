package zmqbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import zmqbench.report.ReportFormatType;
import zmqbench.report.ReportOptions;
import zmqbench.results.ResultSet;

/** How results are shown: the format, where it goes, and colour. */
final class OutputArguments {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = Choices.Formats.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here, not to stdout.")
    Path output;

    @Option(names = "--no-color",
            description = "No ANSI colour (also off when NO_COLOR is set to a non-empty value, or not on a terminal).")
    boolean noColor;

    /** The format, checked before anything runs, so a typo costs nothing. */
    ReportFormatType formatType() {
        return ReportFormatType.parse(format);
    }

    /** Refuses, before anything runs, a format or an output file that could not be written. */
    void validate() {
        formatType();
        if (output == null) {
            return;
        }
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException("--output: " + output + " is a directory; give a file name");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--output: directory " + parent + " does not exist");
        }
        if (Files.exists(output) ? !Files.isWritable(output) : !Files.isWritable(parent)) {
            throw new IllegalArgumentException("--output: cannot write " + output + " (permission denied)");
        }
    }

    void write(ResultSet results, PrintWriter stdout) throws IOException {
        write((format, options, out) -> format.create(options).write(results, out), stdout);
    }

    /** Renders what a format makes of something, given the format asked for and how to render it. */
    interface Renderer {
        void write(ReportFormatType format, ReportOptions options, PrintWriter out);
    }

    /** What {@code renderer} makes in the format asked for, to the output file or else {@code stdout}. */
    void write(Renderer renderer, PrintWriter stdout) throws IOException {
        boolean color = output == null && !noColor && Terminal.colorAllowed();
        ReportOptions options = new ReportOptions(color, Terminal.WIDTH);
        if (output == null) {
            renderer.write(formatType(), options, stdout);
            stdout.flush();
            return;
        }
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            renderer.write(formatType(), options, file);
        }
    }
}
