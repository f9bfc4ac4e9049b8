package zmqbench.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zmqbench.report.PlacementTable;
import zmqbench.report.ReportOptions;
import zmqbench.report.text.Table;
import zmqbench.report.text.TextTable;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/** {@code zmqbench placement}: latency result sets run under different --cpus, side by side. */
@Command(name = "placement",
        mixinStandardHelpOptions = true,
        description = {
            "Put latency result sets measured under different placements side by side: each backend's RTT p50, "
                    + "rank and verdict against the baseline under each, with the wake-ups and CPU migrations per "
                    + "round trip that explain a ranking that flips (a verdict that changes between placements).",
            "",
            "Example:",
            "  zmqbench compare --preset placement --cpus none",
            "  zmqbench compare --preset placement --cpus same",
            "  zmqbench placement results/2026-12-02-101500-5e1f0a2b \\",
            "      results/2026-12-02-102000-5e1f0a2b"})
public final class PlacementCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "DIR", description = "Result set directories (or JSON reports), "
            + "one per placement.")
    private List<Path> dirs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<ResultSet> sets = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                sets.add(ResultStore.read(dir));
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("zmqbench: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        PlacementTable.Placements placements = PlacementTable.of(sets);
        PrintWriter out = spec.commandLine().getOut();
        if (placements.tables().isEmpty()) {
            err.println("zmqbench: no latency cell in " + dirs.get(0) + ": run 'zmqbench compare --preset placement'");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        for (Table table : placements.tables()) {
            TextTable.render(table, ReportOptions.DEFAULT_WIDTH_COLUMNS * 2, false).forEach(out::println);
            out.println();
        }
        placements.rankings().forEach(line -> TextTable.wrap(line, ReportOptions.DEFAULT_WIDTH_COLUMNS, "  ")
                .forEach(out::println));
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
