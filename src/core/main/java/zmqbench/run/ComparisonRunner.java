package zmqbench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import zmqbench.options.CompareOptions;
import zmqbench.options.LibraryRelease;
import zmqbench.results.CellResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.results.RunLog;
import zmqbench.results.Timestamps;

/**
 * Sets a comparison up and runs it, as JMH's {@code Runner} does for benchmarks: checks the far
 * host, probes the backends (and the JVM variants' or library releases' columns), settles the baseline, records the
 * environment, opens the result store, runs every cell and finishes the store, also when the run
 * is interrupted. What the user should know on the way (a backend skipped, a cell not measured)
 * goes to the notices, one line each.
 */
public final class ComparisonRunner {

    private final Home home;
    private final String toolVersion;
    private final Consumer<String> notices;
    private final Workers workers;
    private final MavenResolver maven;

    /**
     * @param toolVersion the version running here, recorded in the set and required of a far host
     * @param notices takes each line for the user as it happens
     */
    public ComparisonRunner(Home home, String toolVersion, Consumer<String> notices) {
        this(home, toolVersion, notices, Workers.REAL, new MavenResolver(true));
    }

    ComparisonRunner(Home home, String toolVersion, Consumer<String> notices, Workers workers) {
        this(home, toolVersion, notices, workers, new MavenResolver(true));
    }

    ComparisonRunner(Home home, String toolVersion, Consumer<String> notices, Workers workers, MavenResolver maven) {
        this.home = home;
        this.toolVersion = toolVersion;
        this.notices = notices;
        this.workers = workers;
        this.maven = maven;
    }

    /**
     * Runs {@code request}, which {@link Preflight#check} passed, reporting progress to {@code listener}.
     *
     * @throws RunRefused when the far host cannot be used, a named baseline will not run, or no backend can
     */
    public ComparisonOutcome run(RunRequest request, Comparison.Listener listener)
            throws RunRefused, IOException, InterruptedException {
        CompareOptions options = request.options();
        FarHost far = null;
        if (options.network().far() != null) {
            try {
                far = FarHost.check(options.network().far(), toolVersion);
            } catch (FarHost.Unusable e) {
                throw RunRefused.badUsage("far host '" + options.network().far().name() + "': " + e.getMessage());
            }
            options = options.withFar(far.peer());
        }
        BackendCatalog catalog = new BackendCatalog(home, options.launch().jvmOptions());
        List<BackendStatus> statuses = new ArrayList<>(workers.probe(catalog, options.matrix().backends()));
        List<String> columns = AvailableBackends.of(far == null ? statuses : far.usable(statuses), notices);
        boolean backendMissing = request.backendsGiven() && columns.size() < options.matrix().backends().size();
        Map<String, String> variants = Map.of();
        if (JvmColumns.asked(options.launch())) {
            JvmColumns jvmColumns = JvmColumns.expand(catalog, columns, options.launch());
            List<BackendStatus> columnStatuses = new ArrayList<>(jvmColumns.failed());
            columnStatuses.addAll(workers.probe(catalog, jvmColumns.columns()));
            columns = AvailableBackends.of(columnStatuses, notices);
            statuses.addAll(columnStatuses);
            variants = jvmColumns.environment();
        }
        if (!options.matrix().releases().isEmpty()) {
            ReleaseColumns releases = ReleaseColumns.expand(catalog, columns, options.matrix().releases(), maven);
            statuses.addAll(probeReleases(catalog, options.matrix().releases()));
            columns = releases.columns();
            variants = releases.environment();
        }
        for (String refusal : Comparison.refusals(options)) {
            notices.accept("not measured: " + refusal);
        }
        if (columns.isEmpty()) {
            throw RunRefused.nothingAvailable();
        }
        String baseline = Baseline.among(request, columns, notices);
        Map<String, String> environment = EnvironmentProbe.capture(home, toolVersion, catalog.jvmOptions(),
                statuses, variants);
        if (far != null) {
            environment.putAll(far.environment());
        }
        OffsetDateTime started = OffsetDateTime.now();
        ResultSet header = new ResultSet(toolVersion, Timestamps.format(started), environment, options,
                ConfigHash.of(options), FarHost.placement(options), baseline, List.of(), List.of());
        Path dir = options.output().out() != null ? options.output().out()
                : ResultDirectory.of(started.toLocalDateTime(), header.configHash());
        ResultStore store = ResultStore.create(dir, header);
        CompareOptions measured = options;
        Comparison comparison = new Comparison(measured, listener,
                scratch -> workers.forks(catalog, measured, scratch), System::nanoTime);
        // Ctrl-C: the set is finished with the cells it never measured listed as unfinished, and
        // the log of those it did.
        Thread interrupted = new Thread(() -> store.finish(comparison.unfinished(), log(started, comparison)),
                "zmqbench-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        List<CellResult> cells = comparison.run(columns, store);
        Runtime.getRuntime().removeShutdownHook(interrupted);
        store.finish(List.of(), log(started, comparison));
        return new ComparisonOutcome(dir, cells, backendMissing);
    }

    /**
     * Each release's worker describes itself on the swapped classpath, before anything is measured.
     *
     * @throws RunRefused for a release that cannot run, such as a version whose API our adapter cannot drive
     */
    private List<BackendStatus> probeReleases(BackendCatalog catalog, List<LibraryRelease> releases)
            throws RunRefused, InterruptedException {
        List<BackendStatus> statuses = workers.probe(catalog, releases.stream().map(LibraryRelease::column).toList());
        for (int i = 0; i < statuses.size(); i++) {
            if (!statuses.get(i).available()) {
                throw RunRefused.badUsage(releases.get(i).option() + ": " + statuses.get(i).reason());
            }
        }
        return statuses;
    }

    /** The run log up to now, in the zone the run started in. */
    private static RunLog log(OffsetDateTime started, Comparison comparison) {
        return RunLog.of(started, OffsetDateTime.now(started.getOffset()), comparison.cellRuns());
    }
}
