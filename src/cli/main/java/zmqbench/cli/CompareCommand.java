package zmqbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zmqbench.results.ResultStore;
import zmqbench.run.Comparison;
import zmqbench.run.ComparisonOutcome;
import zmqbench.run.ComparisonRunner;
import zmqbench.run.Home;
import zmqbench.run.Preflight;
import zmqbench.run.RateSweepRunner;
import zmqbench.run.RunRefused;
import zmqbench.run.RunRequest;
import zmqbench.sweep.RateSweepPlan;

/** The main job: the same scenarios through every backend, in interleaved forks, side by side. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {"Run latency and throughput scenarios through each backend, each fork in fresh worker "
                + "processes, and print the results side by side.",
            "Latency is round trip (RTT) unless a column says one way (RTT/2, what libzmq's perf tools print). "
                + "Throughput is timed at the receiver, first message to last."},
        footer = {"%nExamples:",
            "  zmqbench compare                        # the default (preset quick)",
            "  zmqbench compare --preset seed          # the article's two scenarios",
            "  zmqbench compare --backends jeromq,c --sizes 64,1k --forks 5",
            "  zmqbench compare --format json --output results.json",
            "  zmqbench compare --backends jeromq,ffm \\",
            "      --jvm /usr/lib/jvm/temurin-25-jdk-amd64 --jvm-args -XX:+UseZGC",
            "  zmqbench compare --backends c,jeromq --jvm-args -XX:+UseZGC \\",
            "      --jvm-args '-XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xmx2g'",
            "%nEach run saves its result set under results/, named by date, time and config hash, such as "
                + "results/2026-12-02-061843-a26f1a77 (or in --out DIR); 'zmqbench report' renders it again.",
            "%nExit status: 0 every cell ok, 1 a cell failed (lost messages, a worker crashed or hung), 2 bad usage."})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CompareArguments arguments;

    @CommandLine.Mixin
    private OutputArguments output;

    @CommandLine.Mixin
    private RateSweepArguments sweep;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        RunRequest request;
        RateSweepPlan sweepPlan;
        try {
            sweepPlan = sweep.plan(arguments);
            request = arguments.request();
            output.validate();
            Preflight.check(request);
            String unsweepable = sweepPlan == null ? null : RateSweepRunner.refusal(request.options());
            if (unsweepable != null) {
                throw new IllegalArgumentException(unsweepable);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> notices = line -> {
            err.println("zmqbench: " + line);
            err.flush();
        };
        Comparison.Listener progress = quiet ? Comparison.Listener.SILENT
                : new ProgressPrinter(err, Terminal.isInteractive(), request.options().rounds().precision());
        if (sweepPlan != null) {
            return RateSweepRun.run(request, sweepPlan, notices, progress, output, spec);
        }
        ComparisonRunner runner = new ComparisonRunner(Home.fromSystemProperty(), ToolVersion.get(), notices);
        ComparisonOutcome outcome;
        try {
            outcome = runner.run(request, progress);
        } catch (RunRefused e) {
            err.println("zmqbench: " + e.getMessage());
            err.flush();
            return e.badUsage() ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        }
        Path dir = outcome.dir();
        err.println("zmqbench: result set saved in " + dir + " (zmqbench report " + dir + " --format html)");
        output.write(ResultStore.read(dir), spec.commandLine().getOut());
        for (String line : outcome.failures()) {
            err.println("zmqbench: " + line);
        }
        return outcome.failed() ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
}
