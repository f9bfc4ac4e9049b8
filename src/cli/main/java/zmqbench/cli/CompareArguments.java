package zmqbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;
import zmqbench.options.CompareOptions;
import zmqbench.options.Preset;
import zmqbench.options.Placement;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;

/**
 * What to measure. Every option is null unless given, so that a preset fills what the user left
 * out and never overrides what the user said.
 */
final class CompareArguments {

    @Option(names = "--preset", paramLabel = "NAME", completionCandidates = Choices.Presets.class,
            description = "Start from a preset: ${COMPLETION-CANDIDATES} (default quick; 'zmqbench presets' lists "
                    + "them), or a properties file of your own (see the README).")
    String preset;

    @Option(names = "--backends", split = ",", paramLabel = "NAME", completionCandidates = Choices.Backends.class,
            description = "Backends to compare: ${COMPLETION-CANDIDATES} (default: all available).")
    List<String> backends;

    @Option(names = "--scenarios", split = ",", paramLabel = "NAME", completionCandidates = Choices.Scenarios.class,
            description = "${COMPLETION-CANDIDATES} (default: latency and throughput). open-loop is latency at a "
                    + "fixed --rate, corrected for coordinated omission (pair and dealer-router, --sizes of 16 B "
                    + "and up).")
    List<String> scenarios;

    @Option(names = "--patterns", split = ",", paramLabel = "NAME", completionCandidates = Choices.Patterns.class,
            description = "${COMPLETION-CANDIDATES} (default pair). push-pull and pub-sub are throughput only.")
    List<String> patterns;

    @Option(names = "--transports", split = ",", paramLabel = "NAME", completionCandidates = Choices.Transports.class,
            description = "${COMPLETION-CANDIDATES} (default: all; tcp is loopback).")
    List<String> transports;

    @Option(names = "--sizes", split = ",", paramLabel = "BYTES",
            description = "Message sizes, e.g. 64,1k,128KiB (default: 64,1k).")
    List<String> sizes;

    @Option(names = "--hwm", split = ",", paramLabel = "N",
            description = "SNDHWM/RCVHWM values, set before bind/connect: numbers, 0 = unlimited, 'default'.")
    List<String> hwms;

    @Option(names = "--latency-count", paramLabel = "N", description = "Measured round trips per fork (default 5000).")
    Long latencyCount;

    @Option(names = "--latency-warmup", paramLabel = "N", description = "Discarded round trips first (default 2000).")
    Long latencyWarmup;

    @Option(names = "--throughput-count", paramLabel = "N",
            description = "Measured messages per fork (default 200000).")
    Long throughputCount;

    @Option(names = "--throughput-warmup", paramLabel = "N",
            description = "Discarded messages first (default 20000).")
    Long throughputWarmup;

    @Option(names = "--rate", paramLabel = "N",
            description = "open-loop: messages per second the pinger sends on schedule, whatever the replies do "
                    + "(default 10000). Open-loop cells use the latency count and warm-up.")
    Long rate;

    @Option(names = "--forks", paramLabel = "N", description = "Fresh worker processes per cell and backend (default 3).")
    Integer forks;

    @Option(names = "--cpus", paramLabel = "PLACEMENT", completionCandidates = Choices.Placements.class,
            description = "${COMPLETION-CANDIDATES} (default none): the scheduler decides, a CPU per peer, or "
                    + "both peers on CPU 0.")
    String cpus;

    @Option(names = "--timeout", paramLabel = "MS",
            description = "A peer silent this long fails its cell (default 10000).")
    Integer timeoutMs;

    @Option(names = "--tcp", paramLabel = "HOST:PORT",
            description = "Where the tcp bind side listens (default 127.0.0.1:*, any free port).")
    String tcpAddress;

    @Option(names = "--baseline", paramLabel = "NAME", completionCandidates = Choices.Backends.class,
            description = "Backend the ratios are taken against: ${COMPLETION-CANDIDATES} (default c), or 'none'.")
    String baseline;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the interleaved fork order (default 42).")
    Long seed;

    @Option(names = "--interop",
            description = "Also run mixed pairs over tcp: JeroMQ against each libzmq backend, both ways.")
    boolean interop;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory of the saved result set (default results/<date>-<config hash>/).")
    Path out;

    boolean backendsGiven() {
        return backends != null;
    }

    /**
     * The preset's options with the given ones on top, validated. A preset file's options sit
     * between its own base preset and the command line.
     */
    CompareOptions resolve() {
        CompareOptions.Builder builder;
        if (preset != null && PresetFile.isFile(preset)) {
            CompareArguments file = PresetFile.read(Path.of(preset));
            builder = Preset.parse(file.preset == null ? "quick" : file.preset).builder();
            file.applyTo(builder);
        } else {
            builder = Preset.parse(preset == null ? "quick" : preset).builder();
        }
        applyTo(builder);
        return builder.build();
    }

    /** Sets on {@code builder} every option that was given, and nothing else. */
    private void applyTo(CompareOptions.Builder builder) {
        if (backends != null) {
            builder.backends(BackendSelection.known(backends));
        }
        if (scenarios != null) {
            builder.scenarios(map(scenarios, ScenarioKind::parse));
        }
        if (patterns != null) {
            builder.patterns(map(patterns, Pattern::parse));
        }
        if (transports != null) {
            builder.transports(transports);
        }
        if (sizes != null) {
            builder.sizes(map(sizes, Sizes::parse));
        }
        if (hwms != null) {
            builder.hwms(map(hwms, CompareArguments::hwm));
        }
        if (latencyCount != null) {
            builder.latencyCount(latencyCount);
        }
        if (latencyWarmup != null) {
            builder.latencyWarmup(latencyWarmup);
        }
        if (throughputCount != null) {
            builder.throughputCount(throughputCount);
        }
        if (throughputWarmup != null) {
            builder.throughputWarmup(throughputWarmup);
        }
        if (rate != null) {
            builder.rate(rate);
        }
        if (forks != null) {
            builder.forks(forks);
        }
        if (cpus != null) {
            Placement placement = Placement.parse(cpus);
            String unsupported = placement.unsupported(Runtime.getRuntime().availableProcessors());
            if (unsupported != null) {
                throw new IllegalArgumentException(unsupported);
            }
            builder.placement(placement);
        }
        if (timeoutMs != null) {
            builder.timeoutMs(timeoutMs);
        }
        if (tcpAddress != null) {
            builder.tcpAddress(tcpAddress);
        }
        if (baseline != null) {
            builder.baseline(baseline.equals("none") ? null : baseline);
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (interop) {
            builder.interop(true);
        }
        if (out != null) {
            builder.out(out);
        }
    }

    private static int hwm(String text) {
        if (text.equals("default")) {
            return -1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--hwm: expected a number, 0 (unlimited) or 'default', got '"
                    + text + "'");
        }
    }

    private static <T> List<T> map(List<String> texts, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (String text : texts) {
            values.add(parse.apply(text.strip()));
        }
        return values;
    }
}
