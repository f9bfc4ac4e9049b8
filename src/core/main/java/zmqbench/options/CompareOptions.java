package zmqbench.options;

import com.google.gson.annotations.JsonAdapter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * What a comparison runs, grouped by concern. Build it with {@link Builder}, which starts from
 * {@link Defaults}, sets each option by name, and validates: every error names the option and the
 * value it got. A result set keeps these options as resolved, flat ({@link FlatOptions}), and reads
 * them back as saved, unvalidated: what an older set did not record reads as null, an empty list, 0
 * or false.
 *
 * @param matrix what is measured: backends, scenarios, patterns, transports, sizes, HWMs
 * @param load the open-loop rate and the sparse gaps
 * @param counts counts of their own for latency or throughput forks
 * @param phases the generic warm-up and measurement, and the steady-state test
 * @param rounds how many rounds of forks each cell runs, and in what order
 * @param launch where and on which JVMs the workers run
 * @param network where the peers meet, and how long they wait for each other
 * @param output where the results go and how they are judged
 */
@JsonAdapter(FlatOptions.class)
public record CompareOptions(
        Matrix matrix,
        Load load,
        Counts counts,
        Phases phases,
        Rounds rounds,
        Launch launch,
        Network network,
        Output output) {

    private static final long MIN_WINDOW_MS = 10;
    private static final long MAX_WINDOW_MS = 10_000;
    private static final long MIN_SLICE_MS = 10;
    private static final long MAX_SLICE_MS = 10_000;

    /** These options, or an error that names the option and the value it got. */
    private CompareOptions validated() {
        validateMatrix();
        validateCounts();
        validatePhases();
        Rounds r = rounds;
        require(load.rate() >= 1 && load.rate() <= PeerSpec.MAX_RATE, "--rate must be from 1 to " + PeerSpec.MAX_RATE
                + " messages per second, got " + load.rate());
        require(r.forks() >= 1, "--forks must be at least 1, got " + r.forks());
        require(r.precision() >= 0.0 && r.precision() < 1.0, "--precision must be from 0% (off) to below 100%, got "
                + r.precision() * 100 + "%");
        require(r.maxForks() >= 1, "--max-forks must be at least 1, got " + r.maxForks());
        require(r.timeBudgetSeconds() >= 0, "--time-budget must be 0 (none) or more, got " + r.timeBudgetSeconds());
        for (long slice : List.of(r.sliceMs(), r.throughputSliceMs())) {
            require(slice == 0 || slice >= MIN_SLICE_MS && slice <= MAX_SLICE_MS, "--slice must be 0 "
                    + "(off) or from " + MIN_SLICE_MS + "ms to " + MAX_SLICE_MS + "ms, got " + slice + "ms");
        }
        double margin = output.margin();
        require(margin > 0.0 && margin < 1.0, "--margin must be above 0% and below 100%, got " + margin * 100 + "%");
        int timeoutMs = network.timeoutMs();
        require(timeoutMs >= 100, "--timeout must be at least 100 ms, got " + timeoutMs);
        TcpAddress.validate(network.tcpAddress());
        String baseline = output.baseline();
        require(baseline == null || Defaults.KNOWN_BACKENDS.contains(baseline) || matrix.columns().contains(baseline),
                "--baseline: unknown backend '" + baseline + "' (known: " + String.join(", ", Defaults.KNOWN_BACKENDS)
                + (matrix.releases().isEmpty() ? "" : ", the release columns") + ", or none)");
        validateReleases();
        return this;
    }

    private void validateMatrix() {
        require(!matrix.backends().isEmpty(), "--backends: at least one backend is needed");
        require(!matrix.scenarios().isEmpty(), "--scenarios: at least one scenario is needed");
        require(!matrix.patterns().isEmpty(), "--patterns: at least one pattern is needed");
        require(!matrix.transports().isEmpty(), "--transports: at least one transport is needed");
        require(!matrix.sizes().isEmpty(), "--sizes: at least one size is needed");
        for (int size : matrix.sizes()) {
            require(size >= 1, "--sizes: a message size must be at least 1 byte, got " + size);
            require(size <= 64 << 20, "--sizes: a message size must be at most 64 MiB, got " + size);
        }
        for (int hwm : matrix.hwms()) {
            require(hwm >= -1, "--hwm: use 0 (unlimited), a positive number or 'default', got " + hwm);
        }
    }

    private void validateCounts() {
        Counts c = counts;
        require(c.latencyCount() == null || c.latencyCount() >= 100, "--latency-count must be at least 100 round "
                + "trips (percentiles need samples), got " + c.latencyCount());
        require(c.throughputCount() == null || c.throughputCount() >= 1000, "--throughput-count must be at least "
                + "1000 messages, got " + c.throughputCount());
        require(c.latencyWarmup() == null || c.latencyWarmup() >= 0, "--latency-warmup must be 0 or more, got "
                + c.latencyWarmup());
        require(c.throughputWarmup() == null || c.throughputWarmup() >= 0, "--throughput-warmup must be 0 or more, "
                + "got " + c.throughputWarmup());
        require(orZero(c.latencyCount()) + orZero(c.latencyWarmup()) <= Integer.MAX_VALUE,
                "--latency-count plus warm-up is too large");
        require(orZero(c.throughputCount()) + orZero(c.throughputWarmup()) <= Integer.MAX_VALUE,
                "--throughput-count plus warm-up is too large");
    }

    private void validatePhases() {
        long windowMs = phases.windowMs();
        int steadyWindows = phases.steadyWindows();
        double tolerance = phases.steadyTolerancePercent();
        long warmupCapMs = phases.warmupCapMs();
        Phase warmup = phases.warmup();
        Phase measure = phases.measure();
        require(windowMs >= MIN_WINDOW_MS && windowMs <= MAX_WINDOW_MS, "--window must be from " + MIN_WINDOW_MS
                + "ms to " + MAX_WINDOW_MS + "ms, got " + windowMs + "ms");
        require(steadyWindows >= 2 && steadyWindows <= 1000, "--steady-windows must be from 2 to 1000 (the last K "
                + "windows must agree), got " + steadyWindows);
        require(tolerance > 0 && tolerance <= 100, "--steady-tolerance must be above 0 and at most 100 (%), got "
                + tolerance);
        require(warmupCapMs >= windowMs * steadyWindows, "--warmup-cap must be at least --window x --steady-windows ("
                + windowMs * steadyWindows + "ms), or no fork could ever be steady, got " + warmupCapMs + "ms");
        require(warmup.kind() != Phase.Kind.MILLIS || warmup.amount() >= 1, "--warmup: a duration must be at least 1ms");
        require(warmup.kind() != Phase.Kind.COUNT || warmup.amount() <= Integer.MAX_VALUE,
                "--warmup: at most 2^31-1 messages, got " + warmup.amount());
        require(measure.kind() != Phase.Kind.AUTO, "--measure: a duration or a count, not auto");
        require(measure.kind() != Phase.Kind.MILLIS || measure.amount() >= windowMs, "--measure: a duration must be "
                + "at least one --window (" + windowMs + "ms), got " + measure.amount() + "ms");
        require(measure.kind() != Phase.Kind.COUNT || measure.amount() >= 100 && measure.amount() <= Integer.MAX_VALUE,
                "--measure: a count must be from 100 to 2^31-1 messages, got " + measure.amount());
    }

    /** Each release of a backend asked for whose library can be swapped, each column once, one dimension at a time. */
    private void validateReleases() {
        List<String> columns = new ArrayList<>();
        for (LibraryRelease release : matrix.releases()) {
            String unswappable = LibraryRelease.unswappable(release.backend(), release.option());
            require(unswappable == null, unswappable);
            require(matrix.backends().contains(release.backend()), release.option() + ": " + release.backend()
                    + " is not among --backends (" + String.join(", ", matrix.backends()) + ")");
            require(!columns.contains(release.column()), release.option() + ": " + release.column() + " twice");
            columns.add(release.column());
        }
        boolean releases = !matrix.releases().isEmpty();
        require(!releases || launch.jvms().isEmpty() && launch.jvmArgs().isEmpty(), "--versions and --jar cannot be "
                + "combined with --jvm or --jvm-args: one dimension at a time");
        require(!releases || network.far() == null, "--versions and --jar cannot be combined with --far: the "
                + "library jars are on this host");
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** A copy of {@code list}; null (absent from an older set) is empty. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A builder holding these options, to change some and build again. */
    public Builder toBuilder() {
        return new Builder().backends(matrix.backends()).scenarios(matrix.scenarios()).patterns(matrix.patterns())
                .transports(matrix.transports()).sizes(matrix.sizes()).hwms(matrix.hwms()).interop(matrix.interop())
                .releases(matrix.releases())
                .rate(load.rate()).gapsNs(load.gapsNs())
                .latencyCount(counts.latencyCount()).latencyWarmup(counts.latencyWarmup())
                .throughputCount(counts.throughputCount()).throughputWarmup(counts.throughputWarmup())
                .warmup(phases.warmup()).measure(phases.measure()).warmupCapMs(phases.warmupCapMs())
                .windowMs(phases.windowMs()).steadyWindows(phases.steadyWindows())
                .steadyTolerancePercent(phases.steadyTolerancePercent())
                .forks(rounds.forks()).maxForks(rounds.maxForks()).precision(rounds.precision())
                .timeBudgetSeconds(rounds.timeBudgetSeconds()).sliceMs(rounds.sliceMs())
                .throughputSliceMs(rounds.throughputSliceMs()).seed(rounds.seed())
                .placement(launch.placement()).jvmOptions(launch.jvmOptions()).jvms(launch.jvms())
                .jvmArgs(launch.jvmArgs())
                .timeoutMs(network.timeoutMs()).tcpAddress(network.tcpAddress()).far(network.far())
                .out(output.out()).baseline(output.baseline()).margin(output.margin());
    }

    /** These options with the far peer {@code value} (e.g. once its address is known). */
    public CompareOptions withFar(FarPeer value) {
        return toBuilder().far(value).build();
    }

    /** These options for one step of a rate sweep: {@code stepRate}, {@code stepBackends} only, saved in {@code dir}. */
    public CompareOptions withSweepStep(long stepRate, List<String> stepBackends, Path dir) {
        return toBuilder().rate(stepRate).backends(stepBackends).out(dir).build();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Starts from {@link Defaults}; setters return the builder. */
    /** Starts from {@link Defaults}; setters return the builder. */
    public static final class Builder {
        private List<String> backends = new ArrayList<>(Defaults.BACKENDS);
        private List<ScenarioKind> scenarios = Defaults.SCENARIOS;
        private List<Pattern> patterns = List.of(Pattern.PAIR);
        private List<Transport> transports = Defaults.TRANSPORTS;
        private List<Integer> sizes = Defaults.SIZES;
        private List<Integer> hwms = List.of(-1);
        private Long latencyCount;
        private Long latencyWarmup;
        private Long throughputCount;
        private Long throughputWarmup;
        private Phase warmup = Defaults.WARMUP;
        private Phase measure = Defaults.MEASURE;
        private long warmupCapMs = Defaults.WARMUP_CAP_MS;
        private long windowMs = Defaults.WINDOW_MS;
        private int steadyWindows = Defaults.STEADY_WINDOWS;
        private double steadyTolerancePercent = Defaults.STEADY_TOLERANCE_PERCENT;
        private long rate = Defaults.OPEN_LOOP_RATE;
        private List<Long> gapsNs = Gaps.DEFAULT_NS;
        /** Null: {@link Defaults#SLICE_FORKS} pairs when slicing, else {@link Defaults#FORKS} rounds. */
        private Integer forks;
        private Placement placement = Defaults.PLACEMENT;
        private int timeoutMs = Defaults.TIMEOUT_MS;
        private String tcpAddress = Defaults.TCP_ADDRESS;
        private String baseline = Defaults.BASELINE;
        private long seed = Defaults.SEED;
        private boolean interop;
        private List<String> jvmOptions = Defaults.JVM_OPTIONS;
        private List<String> jvms = List.of();
        private List<String> jvmArgs = List.of();
        private List<LibraryRelease> releases = List.of();
        private Path out;
        private FarPeer far;

        private double precision = Defaults.PRECISION;
        /** Null: --forks when slicing (no pairs added), else {@link Defaults#MAX_FORKS} rounds. */
        private Integer maxForks;
        private int timeBudgetSeconds = Defaults.TIME_BUDGET_SECONDS;
        private long sliceMs = Defaults.SLICE_MS;
        /** Null: {@link Defaults#THROUGHPUT_SLICE_MS} unless {@code --slice} was given. */
        private Long throughputSliceMs;
        private double margin = Defaults.MARGIN;

        public Builder precision(double value) {
            precision = value;
            return this;
        }

        public Builder maxForks(int value) {
            maxForks = value;
            return this;
        }

        public Builder timeBudgetSeconds(int value) {
            timeBudgetSeconds = value;
            return this;
        }

        /** Every sliced cell's slices (0: none sliced). */
        public Builder sliceMs(long value) {
            sliceMs = value;
            throughputSliceMs = value;
            return this;
        }

        /** Throughput cells' slices, when {@link #sliceMs} is not 0. */
        public Builder throughputSliceMs(long value) {
            throughputSliceMs = value;
            return this;
        }

        public Builder margin(double value) {
            margin = value;
            return this;
        }

        public Builder backends(List<String> value) {
            backends = value;
            return this;
        }

        public Builder scenarios(List<ScenarioKind> value) {
            scenarios = value;
            return this;
        }

        public Builder patterns(List<Pattern> value) {
            patterns = value;
            return this;
        }

        public Builder transports(List<Transport> value) {
            transports = value;
            return this;
        }

        public Builder sizes(List<Integer> value) {
            sizes = value;
            return this;
        }

        public Builder hwms(List<Integer> value) {
            hwms = value;
            return this;
        }

        public Builder latencyCount(Long value) {
            latencyCount = value;
            return this;
        }

        public Builder latencyWarmup(Long value) {
            latencyWarmup = value;
            return this;
        }

        public Builder throughputCount(Long value) {
            throughputCount = value;
            return this;
        }

        public Builder throughputWarmup(Long value) {
            throughputWarmup = value;
            return this;
        }

        /** An auto warm-up's cap is {@link #warmupCapMs}'s, whatever {@code value}'s amount. */
        public Builder warmup(Phase value) {
            warmup = value;
            return this;
        }

        public Builder measure(Phase value) {
            measure = value;
            return this;
        }

        public Builder warmupCapMs(long value) {
            warmupCapMs = value;
            return this;
        }

        public Builder windowMs(long value) {
            windowMs = value;
            return this;
        }

        public Builder steadyWindows(int value) {
            steadyWindows = value;
            return this;
        }

        public Builder steadyTolerancePercent(double value) {
            steadyTolerancePercent = value;
            return this;
        }

        public Builder rate(long value) {
            rate = value;
            return this;
        }

        public Builder gapsNs(List<Long> value) {
            gapsNs = List.copyOf(value);
            return this;
        }

        public Builder forks(int value) {
            forks = value;
            return this;
        }

        public Builder placement(Placement value) {
            placement = value;
            return this;
        }

        public Builder timeoutMs(int value) {
            timeoutMs = value;
            return this;
        }

        public Builder tcpAddress(String value) {
            tcpAddress = value;
            return this;
        }

        public Builder baseline(String value) {
            baseline = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder interop(boolean value) {
            interop = value;
            return this;
        }

        public Builder jvmOptions(List<String> value) {
            jvmOptions = value;
            return this;
        }

        public Builder jvms(List<String> value) {
            jvms = value;
            return this;
        }

        public Builder jvmArgs(List<String> value) {
            jvmArgs = value;
            return this;
        }

        public Builder releases(List<LibraryRelease> value) {
            releases = value;
            return this;
        }

        public Builder out(Path value) {
            out = value;
            return this;
        }

        public Builder far(FarPeer value) {
            far = value;
            return this;
        }

        public CompareOptions build() {
            int forkCount = forks != null ? forks : sliceMs > 0 ? Defaults.SLICE_FORKS : Defaults.FORKS;
            int mostForks = maxForks != null ? maxForks : sliceMs > 0 ? forkCount : Defaults.MAX_FORKS;
            return new CompareOptions(
                    new Matrix(backends, scenarios, patterns, transports, sizes, hwms, interop, releases),
                    new Load(rate, gapsNs),
                    new Counts(latencyCount, latencyWarmup, throughputCount, throughputWarmup),
                    new Phases(warmup, measure, warmupCapMs, windowMs, steadyWindows, steadyTolerancePercent),
                    new Rounds(forkCount, mostForks, precision, timeBudgetSeconds, sliceMs,
                            throughputSliceMs != null ? throughputSliceMs : Defaults.THROUGHPUT_SLICE_MS, seed),
                    new Launch(placement, jvmOptions, jvms, jvmArgs),
                    new Network(timeoutMs, tcpAddress, far),
                    new Output(out, baseline, margin)).validated();
        }
    }
}
