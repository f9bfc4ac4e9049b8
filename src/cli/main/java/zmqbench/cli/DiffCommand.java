package zmqbench.cli;

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
import zmqbench.diff.DiffFormat;
import zmqbench.diff.IncompatibleSetsException;
import zmqbench.diff.RegressionGate;
import zmqbench.diff.SetDiff;
import zmqbench.diff.SetDiffer;
import zmqbench.report.ReportOptions;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/** {@code zmqbench diff}: what changed between two result sets, and a gate for CI. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare result set B with result set A cell by cell: each figure's change B/A - 1 with its "
                + "95%% interval, improved or regressed only when the interval excludes 0. When both sets have the "
                + "same baseline (default c), each backend's ratio to it is compared, so that the machine's drift "
                + "between the runs cancels; else, or with --absolute, the absolute figures. "
                + "Refuses sets measured differently (CPU count, placement, or options that change what a cell "
                + "measures) unless --force.",
        footer = {"%nExit status: 0 no regression beyond --fail-on (always 0 without it), 1 a figure (or its ratio to "
                + "the baseline) regressed significantly by more than --fail-on or a cell that was ok fails, 2 bad "
                + "usage, not a result set, or sets that do not compare.",
            "%nExamples:",
            "  zmqbench diff results/2026-12-01-171012-a26f1a77 \\",
            "      results/2026-12-02-061843-a26f1a77",
            "  zmqbench diff results/2026-12-01-171012-a26f1a77 \\",
            "      results/2026-12-02-061843-a26f1a77 --fail-on 5%%",
            "  zmqbench diff results/2026-12-01-171012-a26f1a77 \\",
            "      results/2026-12-02-061843-a26f1a77 --absolute",
            "  zmqbench diff results/2026-12-01-171012-a26f1a77 \\",
            "      results/2026-12-02-061843-a26f1a77 --all --format md > diff.md",
            "  zmqbench diff results/2026-12-01-171012-a26f1a77 \\",
            "      results/2026-12-02-061843-a26f1a77 --format json > diff.json",
            "  zmqbench diff laptop.json server.json --force"})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The result set before (directory or JSON report).")
    private Path before;

    @Parameters(index = "1", paramLabel = "B", description = "The result set after.")
    private Path after;

    @Option(names = "--fail-on", paramLabel = "PERCENT",
            description = "Exit 1 when a figure (or its ratio to the baseline) regressed significantly by more than "
                    + "this, e.g. 5%% (default: never).")
    private String failOn;

    @Option(names = "--absolute",
            description = "Compare the absolute figures, not the ratios to the sets' common baseline.")
    private boolean absolute;

    @Option(names = "--force", description = "Compare even when the sets were measured differently.")
    private boolean force;

    @Option(names = "--all", description = "Also list figures whose change is not significant.")
    private boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = Choices.DiffFormats.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}): md for a pull-request comment, "
                    + "json for scripts (every figure compared), html a self-contained page.")
    private String format;

    @Option(names = "--no-color",
            description = "No ANSI colour (also off when NO_COLOR is set to a non-empty value, or not on a terminal).")
    private boolean noColor;

    @Override
    public Integer call() {
        DiffFormat diffFormat;
        RegressionGate gate;
        try {
            diffFormat = DiffFormat.parse(format);
            gate = failOn == null ? null : RegressionGate.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        SetDiff diff;
        try {
            ResultSet a = ResultStore.read(before);
            ResultSet b = ResultStore.read(after);
            diff = SetDiffer.diff(a, b, force, absolute);
        } catch (IncompatibleSetsException e) {
            err.println("zmqbench: cannot compare " + before + " and " + after + ": " + e.getMessage()
                    + " (--force compares them anyway)");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("zmqbench: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        boolean color = diffFormat == DiffFormat.TABLE && !noColor && Terminal.colorAllowed();
        PrintWriter out = spec.commandLine().getOut();
        diffFormat.write(diff, gate, before.toString(), after.toString(), all, new ReportOptions(color, Terminal.WIDTH),
                out);
        return gate == null ? CommandLine.ExitCode.OK : gate.exitCode(diff);
    }
}
