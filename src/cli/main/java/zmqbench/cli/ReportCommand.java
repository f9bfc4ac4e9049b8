package zmqbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zmqbench.report.RateSweepReport;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.sweep.RateSweep;

/** {@code zmqbench report}: renders a saved result set again, in any format. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Render a saved result set (a directory written by 'compare', complete or interrupted, "
                + "or a JSON report) as a terminal table, Markdown, CSV, JSON or a self-contained HTML page.",
        footer = {"%nExit status: 0 ok, 2 bad usage or not a result set.",
            "%nExamples:",
            "  zmqbench report results/2026-12-02-061843-a26f1a77",
            "  zmqbench report results/2026-12-02-061843-a26f1a77 --format html \\",
            "      --output report.html",
            "  zmqbench report results/2026-12-02-061843-a26f1a77 --format csv \\",
            "      --output cells.csv",
            "  zmqbench report results/2026-12-02-061843-a26f1a77 --format md \\",
            "      --output report.md"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A result set directory, or a JSON report file.")
    private Path dir;

    @CommandLine.Mixin
    private OutputArguments output;

    @Override
    public Integer call() {
        try {
            output.validate();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (RateSweep.isSweep(dir)) {
            return sweep(err);
        }
        ResultSet results;
        try {
            results = ResultStore.read(dir);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("zmqbench: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        try {
            output.write(results, spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("zmqbench: cannot write " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.OK;
    }

    /** A rate sweep's directory: its knees and steps (each step's own result set is in its rate-N directory). */
    private int sweep(PrintWriter err) {
        try {
            RateSweep sweep = RateSweep.read(dir);
            output.write((format, options, out) -> RateSweepReport.write(format, options, sweep, out),
                    spec.commandLine().getOut());
        } catch (IOException | RuntimeException e) {
            err.println("zmqbench: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.OK;
    }
}
