package zmqbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.options.LibraryRelease;
import zmqbench.options.Placement;
import zmqbench.options.Preset;
import zmqbench.run.RunRequest;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

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
            description = "Backends to compare: ${COMPLETION-CANDIDATES} (default: c, jni, jzmq, ffm, jna, jeromq, "
                    + "those available; ffm-critical, a mode of ffm, runs only when named).")
    List<String> backends;

    @Option(names = "--scenarios", split = ",", paramLabel = "NAME", completionCandidates = Choices.Scenarios.class,
            description = "${COMPLETION-CANDIDATES} (default: throughput, then latency). open-loop is latency at a "
                    + "fixed --rate, corrected for coordinated omission (pair and dealer-router, --sizes of 16 B "
                    + "and up).")
    List<String> scenarios;

    @Option(names = "--patterns", split = ",", paramLabel = "NAME", completionCandidates = Choices.Patterns.class,
            description = "${COMPLETION-CANDIDATES} (default pair). push-pull and pub-sub are throughput only.")
    List<String> patterns;

    @Option(names = "--transports", split = ",", paramLabel = "NAME", completionCandidates = Choices.Transports.class,
            description = "${COMPLETION-CANDIDATES} (default: tcp, which is loopback).")
    List<String> transports;

    @Option(names = "--sizes", split = ",", paramLabel = "BYTES",
            description = "Message sizes, e.g. 64,1k,128KiB (default: 64).")
    List<String> sizes;

    @Option(names = "--hwm", split = ",", paramLabel = "N",
            description = "SNDHWM/RCVHWM values, set before bind/connect: numbers, 0 = unlimited, or 'default' "
                    + "(the default: left at the library's own, 1000 in libzmq and JeroMQ).")
    List<String> hwms;

    @Option(names = "--warmup", paramLabel = "auto|DURATION|COUNT",
            description = "Warm-up of every fork: auto (until steady state, at most --warmup-cap; default), a "
                    + "duration such as 2s or 500ms, or a count of messages / round trips such as 20000.")
    String warmup;

    @Option(names = "--measure", paramLabel = "DURATION|COUNT",
            description = "Measurement of every fork after its warm-up: a duration such as 1s (default) or a "
                    + "count such as 1000000. open-loop always counts (rate x duration).")
    String measure;

    @Option(names = "--warmup-cap", paramLabel = "DURATION",
            description = "Longest auto warm-up (default " + Defaults.WARMUP_CAP_MS / 1000
                    + "s); a fork not steady by then is measured anyway and "
                    + "flagged 'not steady' in every report.")
    String warmupCap;

    @Option(names = "--window", paramLabel = "DURATION",
            description = "Timeline window (default " + Defaults.WINDOW_MS
                    + "ms): steady state and the within-fork spread are judged "
                    + "over windows this long.")
    String window;

    @Option(names = "--steady-windows", paramLabel = "K",
            description = "Steady state: the median of the last K windows agrees with the K before's (default " + Defaults.STEADY_WINDOWS + ").")
    Integer steadyWindows;

    @Option(names = "--steady-tolerance", paramLabel = "PCT",
            description = "Steady state: the last K windows' median within PCT %% of the K before's (default "
                    + (int) Defaults.STEADY_TOLERANCE_PERCENT + ").")
    Double steadyTolerance;

    @Option(names = "--latency-count", paramLabel = "N",
            description = "Measured round trips per latency (and open-loop) fork: counts instead of --measure.")
    Long latencyCount;

    @Option(names = "--latency-warmup", paramLabel = "N",
            description = "Discarded round trips first: a count instead of --warmup for latency (and open-loop).")
    Long latencyWarmup;

    @Option(names = "--throughput-count", paramLabel = "N",
            description = "Measured messages per throughput fork: counts instead of --measure.")
    Long throughputCount;

    @Option(names = "--throughput-warmup", paramLabel = "N",
            description = "Discarded messages first: a count instead of --warmup for throughput.")
    Long throughputWarmup;

    @Option(names = "--rate", paramLabel = "N",
            description = "open-loop: messages per second the pinger sends on schedule, whatever the replies do "
                    + "(default " + Defaults.OPEN_LOOP_RATE
                    + "). Open-loop cells measure a count at this rate (rate x --measure, or --latency-count).")
    Long rate;

    @Option(names = "--gap", paramLabel = "GAP", split = ",",
            description = "sparse: the quiet before each measured round trip, a cell each, with a unit: ns, us, "
                    + "ms or s (default 100us,1ms,10ms,100ms). A fork measures --measure worth of gaps, 20 to 1000 "
                    + "round trips, after a back-to-back warm-up.")
    List<String> gaps;

    @Option(names = "--forks", paramLabel = "N",
            description = "Sliced cells: worker pairs per backend, each fresh processes (default "
                    + Defaults.SLICE_FORKS + "). With --slice 0, and for open-loop and pub-sub: rounds every cell "
                    + "runs at least (default " + Defaults.FORKS + "), a round being one fork of each backend.")
    Integer forks;

    @Option(names = "--slice", paramLabel = "DURATION",
            description = "Latency and throughput cells keep every pair warm and measure it in slices of about this "
                    + "long, round after round, one pair at a time in a shuffled order, so that a backend and the "
                    + "baseline are measured a fraction of a second apart (default " + Defaults.SLICE_MS
                    + "ms for latency, " + Defaults.THROUGHPUT_SLICE_MS + "ms for throughput, whose rate is drawn "
                    + "anew each slice); 0 = one interval per fresh fork.")
    String slice;

    @Option(names = "--margin", paramLabel = "PERCENT",
            description = "A ratio to the baseline is 'same' when its 95%% interval lies within 1 +- this, faster or "
                    + "slower when wholly beyond it, else undecided; sliced cells repeat rounds until every ratio "
                    + "is decided (default 5%%, the resolution make calibrate shows).")
    String margin;

    @Option(names = "--precision", paramLabel = "PERCENT",
            description = "Repeat rounds until every headline figure's 95%% interval is within +- this of its median "
                    + "(default 5%%); 0 runs exactly --forks rounds.")
    String precision;

    @Option(names = "--max-forks", paramLabel = "N",
            description = "Sliced cells: the most worker pairs a backend may have (default --forks: none added); "
                    + "above --forks, one whose ratio is open because its pairs differ gets another while the budget "
                    + "leaves room (worth it with a longer --time-budget). With --slice 0, open-loop and pub-sub: the "
                    + "most rounds a cell runs while not converged (default " + Defaults.MAX_FORKS + "), one fork "
                    + "of each backend per round.")
    Integer maxForks;

    @Option(names = "--time-budget", paramLabel = "DURATION",
            description = "Wall time for all cells, shared among those left, e.g. 150s, 5m (default "
                    + Defaults.TIME_BUDGET_SECONDS + "s); "
                    + "0 = none. Each cell runs at least --forks rounds whatever the budget.")
    String timeBudget;

    @Option(names = "--cpus", paramLabel = "PLACEMENT", completionCandidates = Choices.Placements.class,
            description = "${COMPLETION-CANDIDATES} (default separate): the scheduler decides, a CPU per peer, "
                    + "or both peers on CPU 0.")
    String cpus;

    @Option(names = "--timeout", paramLabel = "MS",
            description = "A peer silent this long fails its cell (default " + Defaults.TIMEOUT_MS + ").")
    Integer timeoutMs;

    @Option(names = "--tcp", paramLabel = "HOST:PORT",
            description = "Where the tcp bind side listens; port * is any free one (default 127.0.0.1:*).")
    String tcpAddress;

    @Option(names = "--baseline", paramLabel = "NAME", completionCandidates = Choices.Backends.class,
            description = "Backend the ratios are taken against: ${COMPLETION-CANDIDATES} (default c), or 'none'.")
    String baseline;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the interleaved fork order (default "
            + Defaults.SEED + ").")
    Long seed;

    @Option(names = "--interop",
            description = "Also run mixed pairs over tcp: JeroMQ against each libzmq backend, both ways.")
    boolean interop;

    // JVM variants: each Java backend runs once per JVM and argument set, as its own column.
    @Option(names = "--jvm", split = ",", paramLabel = "PATH",
            description = "Run the Java workers on these JDKs (directories or java executables), each a column per "
                    + "backend, such as jeromq@17 and jeromq@25 (default: each backend's own; c has none).")
    List<String> jvms;

    @Option(names = "--jvm-args", paramLabel = "ARGS",
            description = "Repeatable: one JVM variant per value, each a column per Java backend, named by its "
                    + "collector (jeromq@17 zgc) or its arguments; see the examples below. A variant that cannot "
                    + "start is named with its reason and skipped.")
    List<String> jvmArgs;

    // Releases: a Java backend at other versions of its library, or a local build, each its own column.
    @Option(names = "--versions", paramLabel = "NAME=V1,V2",
            description = "Repeatable: run a Java backend (jeromq, jna) on these versions of its library, each a column "
                    + "in its place (jeromq@0.5.4, jeromq@0.6.0), resolved through Maven into the local repository "
                    + "(the first run fetches them).")
    List<String> versions;

    @Option(names = "--jar", paramLabel = "NAME=PATH",
            description = "Repeatable: run a Java backend (jeromq, jna) on a local build of its library, the column "
                    + "NAME@local, recorded with its SHA-256 and the version the jar names.")
    List<String> jars;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory of the saved result set (default: under results/, named by date, time and "
                    + "config hash, such as results/2026-12-02-061843-a26f1a77).")
    Path out;

    @Mixin
    FarArguments far = new FarArguments();

    /**
     * The options as {@link #resolve} makes them, with what the user named: backends on the command
     * line, a baseline there or in the preset file.
     */
    RunRequest request() {
        CompareArguments file = presetFile();
        boolean baselineGiven = baseline != null || file != null && file.baseline != null;
        return new RunRequest(resolve(file), backends != null, baselineGiven);
    }

    /**
     * The preset's options with the given ones on top, validated. A preset file's options sit
     * between its own base preset and the command line.
     */
    CompareOptions resolve() {
        return resolve(presetFile());
    }

    private CompareOptions resolve(CompareArguments file) {
        CompareOptions.Builder builder;
        if (file != null) {
            builder = Preset.parse(file.preset == null ? "quick" : file.preset).builder();
            file.applyTo(builder);
        } else {
            builder = Preset.parse(preset == null ? "quick" : preset).builder();
        }
        applyTo(builder);
        return builder.build();
    }

    /** The preset file --preset names, or null when it names a built-in preset (or none). */
    private CompareArguments presetFile() {
        return preset != null && PresetFile.isFile(preset) ? PresetFile.read(Path.of(preset)) : null;
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
            builder.transports(map(transports, CompareArguments::transport));
        }
        if (sizes != null) {
            builder.sizes(map(sizes, Sizes::parse));
        }
        if (hwms != null) {
            builder.hwms(map(hwms, CompareArguments::hwm));
        }
        if (warmup != null) {
            builder.warmup(Phase.parse("--warmup", warmup, true));
        }
        if (measure != null) {
            builder.measure(Phase.parse("--measure", measure, false));
        }
        if (warmupCap != null) {
            builder.warmupCapMs(Phase.parseMillis("--warmup-cap", warmupCap));
        }
        if (window != null) {
            builder.windowMs(Phase.parseMillis("--window", window));
        }
        if (steadyWindows != null) {
            builder.steadyWindows(steadyWindows);
        }
        if (steadyTolerance != null) {
            builder.steadyTolerancePercent(steadyTolerance);
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
        if (gaps != null) {
            builder.gapsNs(gaps.stream().map(gap -> Gaps.parse("--gap", gap)).toList());
        }
        if (forks != null) {
            builder.forks(forks);
        }
        if (precision != null) {
            builder.precision(Amounts.percent("--precision", precision));
        }
        if (slice != null) {
            builder.sliceMs(slice.strip().equals("0") ? 0 : Phase.parseMillis("--slice", slice));
        }
        if (margin != null) {
            builder.margin(Amounts.percent("--margin", margin));
        }
        if (maxForks != null) {
            builder.maxForks(maxForks);
        }
        if (timeBudget != null) {
            builder.timeBudgetSeconds(Amounts.seconds("--time-budget", timeBudget));
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
        if (jvms != null) {
            builder.jvms(map(jvms, Function.identity()));
        }
        if (jvmArgs != null) {
            builder.jvmArgs(jvmArgs);
        }
        if (versions != null || jars != null) {
            List<LibraryRelease> releases = new ArrayList<>();
            for (String text : versions == null ? List.<String>of() : versions) {
                releases.addAll(LibraryRelease.versions(text));
            }
            for (String text : jars == null ? List.<String>of() : jars) {
                releases.add(LibraryRelease.jar(text));
            }
            builder.releases(releases);
        }
        if (out != null) {
            builder.out(out);
        }
        far.applyTo(builder);
    }

    private static Transport transport(String text) {
        try {
            return Transport.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--transports: " + e.getMessage(), e);
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
