package zmqbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zmqbench.crossings.CrossingForks;
import zmqbench.crossings.CrossingsReport;
import zmqbench.options.Defaults;
import zmqbench.scenario.Phase;
import zmqbench.protocol.CrossingSpec;
import zmqbench.run.BackendCatalog;
import zmqbench.run.CrossingsRunner;
import zmqbench.run.Home;

/** The cost of one native crossing per binding, against c calling the same libzmq function directly. */
@Command(name = "crossings",
        mixinStandardHelpOptions = true,
        description = {"Time one native crossing per backend: each binding's cheapest call into libzmq (zmq_errno; "
                + "JZMQ's is zmq_ctx_get), made in batches in a fresh worker per fork, after a warm-up that lasts "
                + "until the batches agree (at most --warmup-cap). c calls each of those functions directly: the "
                + "floor, which 'over c' subtracts.",
            "Forks run in rounds, one worker per backend per round, so every backend's forks share the same "
                + "stretch of time. The figures are ns per call: the median over forks with its 95%% interval."},
        footer = {"%nExamples:",
            "  zmqbench crossings",
            "  zmqbench crossings --backends c,jni,ffm,ffm-critical --forks 10",
            "  zmqbench crossings --calls 1000000 --batches 20 --format json",
            "%nExit status: 0 every fork ran, 1 a fork failed or a backend named is not available (said on "
                + "stderr), 2 bad usage."})
final class CrossingsCommand implements Callable<Integer> {

    static final int DEFAULT_FORKS = 5;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--backends", split = ",", paramLabel = "NAME", completionCandidates = Choices.Backends.class,
            description = "Backends to time: ${COMPLETION-CANDIDATES} (default: all available).")
    List<String> backends;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "" + DEFAULT_FORKS,
            description = "Forks (fresh workers) per backend, >= 1 (default ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--calls", paramLabel = "N", defaultValue = "" + CrossingSpec.DEFAULT_CALLS,
            description = "Calls per batch (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--batches", paramLabel = "K", defaultValue = "" + CrossingSpec.DEFAULT_BATCHES,
            description = "Timed batches per fork, after the warm-up (default ${DEFAULT-VALUE}).")
    int batches;

    @Option(names = "--warmup-cap", paramLabel = "DURATION",
            description = "Longest warm-up of a fork (default " + CrossingSpec.DEFAULT_WARMUP_CAP_MS / 1000 + "s); a "
                    + "fork whose batches do not agree by then is timed anyway and counted as not steady.")
    String warmupCap;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        CrossingsReport.Format reportFormat;
        List<String> requested;
        List<CrossingSpec> plan;
        try {
            reportFormat = CrossingsReport.Format.parse(format);
            requested = BackendSelection.requested(backends);
            if (forks < 1) {
                throw new IllegalArgumentException("--forks must be at least 1, got " + forks);
            }
            plan = plan(requested, warmupCap == null ? CrossingSpec.DEFAULT_WARMUP_CAP_MS
                    : Phase.parseMillis("--warmup-cap", warmupCap));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        BackendCatalog catalog = new BackendCatalog(Home.fromSystemProperty(), Defaults.JVM_OPTIONS);
        List<String> available = BackendSelection.probe(catalog, requested, err);
        if (available.isEmpty()) {
            return CommandLine.ExitCode.SOFTWARE;
        }
        CrossingsRunner.Listener progress = progress(err);
        List<CrossingForks> measured = new CrossingsRunner(catalog)
                .run(plan.stream().filter(crossing -> available.contains(crossing.backend())).toList(), forks, progress);
        if (progress != CrossingsRunner.Listener.SILENT) {
            err.print("\r\033[K");
            err.flush();
        }
        CrossingsReport report = new CrossingsReport(measured);
        report.write(reportFormat, spec.commandLine().getOut());
        boolean missing = backends != null && available.size() < requested.size();
        return report.failed() || missing ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }

    /** One benchmark per backend, its own call; c once per function the bindings reach. */
    private List<CrossingSpec> plan(List<String> names, long capMs) {
        List<CrossingSpec> plan = new ArrayList<>();
        for (String backend : names) {
            if (backend.equals(Defaults.BASELINE)) {
                for (String function : CrossingSpec.CALLS) {
                    plan.add(new CrossingSpec(backend, function, calls, batches, capMs));
                }
            } else {
                plan.add(new CrossingSpec(backend, null, calls, batches, capMs));
            }
        }
        return plan;
    }

    /** One redrawn line on a terminal; nothing otherwise (the report follows). */
    private CrossingsRunner.Listener progress(PrintWriter err) {
        if (quiet || !Terminal.isInteractive()) {
            return CrossingsRunner.Listener.SILENT;
        }
        return new CrossingsRunner.Listener() {
            @Override
            public void started(int fork, int forks, CrossingSpec crossing) {
                err.print("\r\033[K[fork " + (fork + 1) + "/" + forks + "] " + crossing.backend()
                        + (crossing.call() == null ? "" : " " + crossing.call()));
                err.flush();
            }
        };
    }
}
