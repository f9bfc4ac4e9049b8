package zmqbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;
import zmqbench.report.RateSweepReport;
import zmqbench.run.Comparison;
import zmqbench.run.Home;
import zmqbench.run.RateSweepRunner;
import zmqbench.run.RunRefused;
import zmqbench.run.RunRequest;
import zmqbench.sweep.RateSweepPlan;

/** {@code compare --scenarios rate-sweep}: climbs the ladder, then prints the knees and steps in the format asked for. */
final class RateSweepRun {

    private RateSweepRun() {
    }

    /** The exit status: 0, 1 when a step's cell failed or a named backend could not run, 2 when refused. */
    static int run(RunRequest request, RateSweepPlan plan, Consumer<String> notices, Comparison.Listener listener,
                   OutputArguments output, CommandLine.Model.CommandSpec spec)
            throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        RateSweepRunner.Outcome outcome;
        try {
            outcome = new RateSweepRunner(Home.fromSystemProperty(), ToolVersion.get(), notices)
                    .run(request, plan, listener);
        } catch (RunRefused e) {
            notices.accept(e.getMessage());
            return e.badUsage() ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        }
        notices.accept("rate sweep saved in " + outcome.dir() + " (each step's result set in its rate-N directory)");
        output.write((format, options, out) -> RateSweepReport.write(format, options, outcome.sweep(), out),
                spec.commandLine().getOut());
        err.flush();
        return outcome.failed() ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
}
