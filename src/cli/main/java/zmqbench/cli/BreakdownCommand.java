package zmqbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zmqbench.breakdown.CrossingCosts;
import zmqbench.report.BreakdownChart;
import zmqbench.report.BreakdownSection;
import zmqbench.report.ReportOptions;
import zmqbench.report.ResultGrid;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/** {@code zmqbench breakdown}: where each backend's extra time per message over c goes, with crossings timed. */
@Command(name = "breakdown",
        mixinStandardHelpOptions = true,
        description = {
            "Take each backend's extra time per message over the baseline apart, per latency and throughput "
                    + "cell of a saved result set: native crossings (count x the measured cost of one), the "
                    + "binding's other CPU on the message path, GC and other threads' CPU, extra wake-ups (at the "
                    + "baseline's time off the CPU per wake-up) and the rest; waiting for a CPU, migrations, "
                    + "copies and allocation shown beside.",
            "",
            "Example:",
            "  zmqbench crossings --format json > crossings.json",
            "  zmqbench breakdown results/2026-12-02-061843-a26f1a77 \\",
            "      --crossings crossings.json"})
public final class BreakdownCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A result set directory, or a JSON report file.")
    private Path dir;

    @Option(names = "--crossings", paramLabel = "FILE",
            description = "The cost of one crossing per backend: what 'zmqbench crossings --format json' prints. "
                    + "Without it the crossings are counted but not timed (their time stays in the binding's CPU).")
    private Path crossings;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), md or html (a section of stacked bars).")
    private String format;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("md") && !format.equals("html")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "' (choose one of: table, md, html)");
        }
        PrintWriter err = spec.commandLine().getErr();
        ResultSet results;
        CrossingCosts costs;
        try {
            results = ResultStore.read(dir);
            costs = crossings == null ? CrossingCosts.NONE : CrossingCosts.read(crossings);
        } catch (IllegalArgumentException | UncheckedIOException | IOException e) {
            err.println("zmqbench: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        ResultGrid grid = ResultGrid.of(results);
        switch (format) {
            case "md" -> BreakdownSection.writeMarkdown(grid, costs, out);
            case "html" -> {
                StringBuilder html = new StringBuilder();
                BreakdownChart.write(html, grid, costs);
                out.print(html);
            }
            default -> BreakdownSection.writeText(grid, costs, out, ReportOptions.DEFAULT_WIDTH_COLUMNS, false);
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
