package zmqbench.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * What a comparison runs. Build it with {@link Builder}, which starts from {@link Defaults} and
 * validates: every error names the option and the value it got. A result set keeps these options
 * as resolved and reads them back as saved, unvalidated: what an older set did not record reads as
 * null, an empty list, 0 or false.
 *
 * @param backends backends to compare, in table order
 * @param tcpAddress host and port the tcp bind side uses; port {@code *} picks a free one
 * @param baseline backend the ratios are taken against, or null for none
 * @param latencyCount measured round trips per latency fork, or null: the generic {@code measure} phase
 *     (a count given here makes latency forks counted, whatever {@code measure} says)
 * @param latencyWarmup warm-up round trips per latency fork, or null: the generic {@code warmup} phase
 * @param throughputCount measured messages per throughput fork, or null: the generic {@code measure}
 * @param throughputWarmup warm-up messages per throughput fork, or null: the generic {@code warmup}
 * @param warmup warm-up of every scenario without a count of its own: auto (until steady state, at
 *     most {@code warmupCapMs}, which its amount repeats), a duration or a count
 * @param measure measurement of every scenario without a count of its own: a duration or a count
 * @param warmupCapMs longest auto warm-up; a fork still not steady then is measured anyway, and flagged
 * @param windowMs timeline window: the unit the steady-state test and the within-fork spread use
 * @param steadyWindows steady state compares the median of the last this many windows with the same many before
 * @param steadyTolerancePercent how far apart, in %, those two medians may be
 * @param rate open-loop: messages per second the pinger sends on schedule (open-loop cells measure a
 *     count: rate x duration; see {@code zmqbench.run.WorkerPhases})
 * @param gapsNs sparse: the quiet gaps before its round trips, ns, a cell each
 * @param far where the far peer of tcp cells runs, or null when both peers run here
 * @param forks sliced cells: worker pairs (fresh processes) per row; other cells: rounds every cell runs
 *     at least (a round runs each backend of the cell once)
 * @param precision repeat rounds until each headline figure's 95% interval is within ± this fraction
 *     of its median (0.05 = ±5%); 0 runs exactly {@code forks} rounds
 * @param maxForks most rounds a cell runs while its headline figures have not converged (at least
 *     {@code forks})
 * @param timeBudgetSeconds wall time the whole comparison may take, shared out among the cells still
 *     to run; a cell runs no round past its share beyond the first {@code forks}; 0: no limit
 * @param jvms JDK directories or java executables the Java workers run on, each a column per
 *     backend; empty: each backend's own
 * @param jvmArgs JVM argument sets (e.g. {@code -XX:+UseZGC}), each a column per backend and JVM
 * @param sliceMs latency and throughput cells (but pub-sub, and a scenario given a count of its own):
 *     each row's {@code forks} worker pairs stay warm and are measured in slices of about this
 *     length, round after round, interleaved; 0 measures one interval per fresh fork instead
 * @param margin a ratio to the baseline is "the same" when its 95% interval lies within 1 ± this
 *     (0.05: the resolution {@code make calibrate} shows), else higher, lower or undecided
 * @param releases other versions or local builds of a backend's library, each its own column in place of the
 *     backend's ({@link #columns()})
 */
public record CompareOptions(
        List<String> backends,
        List<ScenarioKind> scenarios,
        List<Pattern> patterns,
        List<Transport> transports,
        List<Integer> sizes,
        List<Integer> hwms,
        Long latencyCount,
        Long latencyWarmup,
        Long throughputCount,
        Long throughputWarmup,
        Phase warmup,
        Phase measure,
        long warmupCapMs,
        long windowMs,
        int steadyWindows,
        double steadyTolerancePercent,
        long rate,
        List<Long> gapsNs,
        int forks,
        Placement placement,
        int timeoutMs,
        String tcpAddress,
        String baseline,
        long seed,
        boolean interop,
        List<String> jvmOptions,
        List<String> jvms,
        List<String> jvmArgs,
        Path out,
        FarPeer far,
        double precision,
        int maxForks,
        int timeBudgetSeconds,
        long sliceMs,
        double margin,
        List<LibraryRelease> releases) {

    private static final long MIN_WINDOW_MS = 10;
    private static final long MAX_WINDOW_MS = 10_000;
    private static final long MIN_SLICE_MS = 10;
    private static final long MAX_SLICE_MS = 10_000;

    /**
     * Copies the lists (null: empty), gives an auto warm-up its cap, and raises maxForks to forks (0,
     * which the builder refuses and an older set may not record, stays).
     */
    public CompareOptions {
        backends = copy(backends);
        scenarios = copy(scenarios);
        patterns = copy(patterns);
        transports = copy(transports);
        sizes = copy(sizes);
        hwms = copy(hwms);
        gapsNs = copy(gapsNs);
        jvmOptions = copy(jvmOptions);
        jvms = copy(jvms);
        jvmArgs = copy(jvmArgs);
        releases = copy(releases);
        if (warmup != null && warmup.kind() == Phase.Kind.AUTO) {
            warmup = Phase.auto(warmupCapMs);
        }
        if (maxForks >= 1) {
            maxForks = Math.max(maxForks, forks);
        }
    }

    /** These options, or an error that names the option and the value it got. */
    private CompareOptions validated() {
        require(!backends.isEmpty(), "--backends: at least one backend is needed");
        require(!scenarios.isEmpty(), "--scenarios: at least one scenario is needed");
        require(!patterns.isEmpty(), "--patterns: at least one pattern is needed");
        require(!transports.isEmpty(), "--transports: at least one transport is needed");
        require(!sizes.isEmpty(), "--sizes: at least one size is needed");
        for (int size : sizes) {
            require(size >= 1, "--sizes: a message size must be at least 1 byte, got " + size);
            require(size <= 64 << 20, "--sizes: a message size must be at most 64 MiB, got " + size);
        }
        for (int hwm : hwms) {
            require(hwm >= -1, "--hwm: use 0 (unlimited), a positive number or 'default', got " + hwm);
        }
        require(latencyCount == null || latencyCount >= 100, "--latency-count must be at least 100 round trips "
                + "(percentiles need samples), got " + latencyCount);
        require(throughputCount == null || throughputCount >= 1000, "--throughput-count must be at least 1000 "
                + "messages, got " + throughputCount);
        require(latencyWarmup == null || latencyWarmup >= 0, "--latency-warmup must be 0 or more, got "
                + latencyWarmup);
        require(throughputWarmup == null || throughputWarmup >= 0, "--throughput-warmup must be 0 or more, got "
                + throughputWarmup);
        require(orZero(latencyCount) + orZero(latencyWarmup) <= Integer.MAX_VALUE,
                "--latency-count plus warm-up is too large");
        require(orZero(throughputCount) + orZero(throughputWarmup) <= Integer.MAX_VALUE,
                "--throughput-count plus warm-up is too large");
        require(windowMs >= MIN_WINDOW_MS && windowMs <= MAX_WINDOW_MS, "--window must be from " + MIN_WINDOW_MS
                + "ms to " + MAX_WINDOW_MS + "ms, got " + windowMs + "ms");
        require(steadyWindows >= 2 && steadyWindows <= 1000, "--steady-windows must be from 2 to 1000 (the last K "
                + "windows must agree), got " + steadyWindows);
        require(steadyTolerancePercent > 0 && steadyTolerancePercent <= 100, "--steady-tolerance must be above 0 "
                + "and at most 100 (%), got " + steadyTolerancePercent);
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
        require(rate >= 1 && rate <= PeerSpec.MAX_RATE, "--rate must be from 1 to " + PeerSpec.MAX_RATE
                + " messages per second, got " + rate);
        require(forks >= 1, "--forks must be at least 1, got " + forks);
        require(precision >= 0.0 && precision < 1.0, "--precision must be from 0% (off) to below 100%, got "
                + precision * 100 + "%");
        require(maxForks >= 1, "--max-forks must be at least 1, got " + maxForks);
        require(timeBudgetSeconds >= 0, "--time-budget must be 0 (none) or more, got " + timeBudgetSeconds);
        require(sliceMs == 0 || sliceMs >= MIN_SLICE_MS && sliceMs <= MAX_SLICE_MS, "--slice must be 0 (off) or from "
                + MIN_SLICE_MS + "ms to " + MAX_SLICE_MS + "ms, got " + sliceMs + "ms");
        require(margin > 0.0 && margin < 1.0, "--margin must be above 0% and below 100%, got " + margin * 100 + "%");
        require(timeoutMs >= 100, "--timeout must be at least 100 ms, got " + timeoutMs);
        for (long gap : gapsNs) {
            require(gap >= 1 && (gap / 1_000_000 < timeoutMs || !scenarios.contains(ScenarioKind.SPARSE)),
                    "--gap must be above 0 and shorter than --timeout (" + timeoutMs + " ms), got " + Gaps.format(gap));
        }
        TcpAddress.validate(tcpAddress);
        require(baseline == null || Defaults.KNOWN_BACKENDS.contains(baseline) || columns().contains(baseline),
                "--baseline: unknown backend '" + baseline + "' (known: " + String.join(", ", Defaults.KNOWN_BACKENDS)
                + (releases.isEmpty() ? "" : ", the release columns") + ", or none)");
        validateReleases();
        return this;
    }

    /** Each release of a backend asked for whose library can be swapped, each column once, one dimension at a time. */
    private void validateReleases() {
        List<String> columns = new ArrayList<>();
        for (LibraryRelease release : releases) {
            String unswappable = LibraryRelease.unswappable(release.backend(), release.option());
            require(unswappable == null, unswappable);
            require(backends.contains(release.backend()), release.option() + ": " + release.backend()
                    + " is not among --backends (" + String.join(", ", backends) + ")");
            require(!columns.contains(release.column()), release.option() + ": " + release.column() + " twice");
            columns.add(release.column());
        }
        require(releases.isEmpty() || jvms.isEmpty() && jvmArgs.isEmpty(), "--versions and --jar cannot be combined "
                + "with --jvm or --jvm-args: one dimension at a time");
        require(releases.isEmpty() || far == null, "--versions and --jar cannot be combined with --far: the "
                + "library jars are on this host");
    }

    /** The columns of the table: the backends, each with releases replaced by them ({@code jeromq@0.5.4}). */
    public List<String> columns() {
        return LibraryRelease.columns(backends, releases);
    }

    /** The count given for {@code scenario}'s measurement (open-loop: as latency), or null. */
    public Long count(ScenarioKind scenario) {
        return scenario.roundTrips() ? latencyCount : throughputCount;
    }

    /** The count given for {@code scenario}'s warm-up (open-loop: as latency), or null. */
    public Long warmupCount(ScenarioKind scenario) {
        return scenario.roundTrips() ? latencyWarmup : throughputWarmup;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** These options with the far peer {@code value} (e.g. once its address is known). */
    public CompareOptions withFar(FarPeer value) {
        return new CompareOptions(backends, scenarios, patterns, transports, sizes, hwms, latencyCount, latencyWarmup,
                throughputCount, throughputWarmup, warmup, measure, warmupCapMs, windowMs, steadyWindows,
                steadyTolerancePercent, rate, gapsNs, forks, placement, timeoutMs, tcpAddress, baseline, seed,
                interop, jvmOptions, jvms, jvmArgs, out, value, precision, maxForks, timeBudgetSeconds, sliceMs, margin,
                releases);
    }

    /** These options for one step of a rate sweep: {@code stepRate}, {@code stepBackends} only, saved in {@code dir}. */
    public CompareOptions withSweepStep(long stepRate, List<String> stepBackends, Path dir) {
        return new CompareOptions(stepBackends, scenarios, patterns, transports, sizes, hwms, latencyCount,
                latencyWarmup, throughputCount, throughputWarmup, warmup, measure, warmupCapMs, windowMs, steadyWindows,
                steadyTolerancePercent, stepRate, gapsNs, forks, placement, timeoutMs, tcpAddress, baseline, seed,
                interop, jvmOptions, jvms, jvmArgs, dir, far, precision, maxForks, timeBudgetSeconds, sliceMs, margin,
                releases).validated();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

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
        private int maxForks = Defaults.MAX_FORKS;
        private int timeBudgetSeconds = Defaults.TIME_BUDGET_SECONDS;
        private long sliceMs = Defaults.SLICE_MS;
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

        public Builder sliceMs(long value) {
            sliceMs = value;
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
            return new CompareOptions(backends, scenarios, patterns, transports, sizes, hwms, latencyCount,
                    latencyWarmup, throughputCount, throughputWarmup, warmup, measure, warmupCapMs, windowMs,
                    steadyWindows, steadyTolerancePercent, rate, gapsNs,
                    forks != null ? forks : sliceMs > 0 ? Defaults.SLICE_FORKS : Defaults.FORKS, placement, timeoutMs,
                    tcpAddress, baseline, seed, interop, jvmOptions, jvms, jvmArgs, out, far, precision, maxForks,
                    timeBudgetSeconds, sliceMs, margin, releases).validated();
        }
    }
}
