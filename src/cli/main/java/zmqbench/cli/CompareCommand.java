package zmqbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zmqbench.options.CompareOptions;
import zmqbench.options.OptionsRecord;
import zmqbench.options.TcpAddress;
import zmqbench.results.CellResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.run.BackendCatalog;
import zmqbench.run.BackendProbe;
import zmqbench.run.BackendStatus;
import zmqbench.run.Comparison;
import zmqbench.run.EnvironmentProbe;
import zmqbench.run.FarHost;
import zmqbench.run.ForkFailure;
import zmqbench.run.Home;
import zmqbench.run.JvmColumns;
import zmqbench.scenario.Transport;

/** The main job: the same scenarios through every backend, in interleaved forks, side by side. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {"Run latency and throughput scenarios through each backend, each fork in fresh worker "
                + "processes, and print the results side by side.",
            "Latency is round trip (RTT) unless a column says one way (RTT/2, what libzmq's perf tools print). "
                + "Throughput is timed at the receiver, first message to last."},
        footer = {"%nExamples:",
            "  zmqbench compare                                   # the default (preset quick)",
            "  zmqbench compare --preset seed                     # the article's two scenarios",
            "  zmqbench compare --backends jeromq,c --transports tcp --sizes 64,1k --forks 5",
            "  zmqbench compare --cpus separate --format json --output results.json",
            "  zmqbench compare --backends jeromq,ffm --jvm /usr/lib/jvm/temurin-25-jdk-amd64 --jvm-args -XX:+UseZGC",
            "%nExit status: 0 every cell ok, 1 a cell failed (lost messages, a worker crashed or hung), 2 bad usage."})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CompareArguments arguments;

    @CommandLine.Mixin
    private OutputArguments output;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CompareOptions options;
        try {
            options = arguments.resolve();
            output.validate();
            refuseBeforeMeasuring(options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        FarHost far = null;
        if (options.far() != null) {
            try {
                far = FarHost.check(options.far(), ToolVersion.get());
            } catch (FarHost.Unusable e) {
                err.println("zmqbench: far host '" + options.far().name() + "': " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            options = options.withFar(far.peer());
        }
        Home home = Home.fromSystemProperty();
        BackendCatalog catalog = new BackendCatalog(home, options.jvmOptions());
        BackendProbe probe = new BackendProbe(catalog);
        List<BackendStatus> statuses = new ArrayList<>(probe.probe(options.backends()));
        List<String> backends = BackendSelection.available(far == null ? statuses : far.usable(statuses), err);
        boolean failed = backends.size() < options.backends().size() && arguments.backendsGiven();
        Map<String, String> variants = Map.of();
        if (JvmColumns.asked(options.jvms(), options.jvmArgs())) {
            JvmColumns columns = JvmColumns.expand(catalog, backends, options.jvms(), options.jvmArgs(),
                    options.jvmOptions());
            List<BackendStatus> columnStatuses = new ArrayList<>(columns.failed());
            columnStatuses.addAll(probe.probe(columns.columns()));
            backends = BackendSelection.available(columnStatuses, err);
            statuses.addAll(columnStatuses);
            variants = columns.environment();
        }
        for (String refusal : Comparison.refusals(options)) {
            err.println("zmqbench: not measured: " + refusal);
        }
        if (backends.isEmpty()) {
            err.println(BackendSelection.NONE_AVAILABLE);
            return CommandLine.ExitCode.SOFTWARE;
        }
        String baseline = backends.contains(options.baseline()) ? options.baseline() : null;
        Map<String, String> environment = EnvironmentProbe.capture(home, ToolVersion.get(), catalog.jvmOptions(),
                statuses, variants);
        if (far != null) {
            environment.putAll(far.environment());
        }
        ResultSet header = new ResultSet(ToolVersion.get(), LocalDateTime.now().toString(), environment,
                options, OptionsRecord.hash(options), FarHost.placement(options), baseline,
                List.of(), List.of());
        Path dir = options.out() != null ? options.out()
                : Path.of("results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"))
                        + "-" + header.configHash());
        ResultStore store = ResultStore.create(dir, header);
        Comparison comparison = new Comparison(catalog, options,
                quiet ? ProgressPrinter.SILENT : new ProgressPrinter(err, Terminal.isInteractive(), options.precision()));
        Thread interrupted = new Thread(() -> store.finish(comparison.unfinished()), "zmqbench-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        List<CellResult> cells = comparison.run(backends, store);
        Runtime.getRuntime().removeShutdownHook(interrupted);
        store.finish(List.of());
        err.println("zmqbench: result set saved in " + dir + " (zmqbench report " + dir + " --format html)");
        output.write(ResultStore.read(dir), spec.commandLine().getOut());
        for (CellResult cell : cells) {
            failed |= !cell.ok();
        }
        for (String line : ForkFailure.summary(cells)) {
            err.println("zmqbench: " + line);
        }
        return failed ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }

    /** What only the file system or the network can tell, checked before anything is measured. */
    private static void refuseBeforeMeasuring(CompareOptions options) {
        if (options.out() != null) {
            try {
                ResultStore.requireNew(options.out());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--out: " + e.getMessage());
            }
        }
        // With a far peer the tcp binder is on the far host (--far-bind), which its own check covers.
        if (options.transports().contains(Transport.TCP) && options.far() == null) {
            TcpAddress.requireBindable(options.tcpAddress());
        }
    }
}
