package zmqbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultStore;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.stats.ForkOrder;

/**
 * Runs a comparison: for each cell, every backend's forks in a randomised interleaved order (so
 * drift on a shared machine hits all backends alike), then each backend's result, saved as soon
 * as the cell is done so an interrupted run keeps what it measured.
 */
public final class Comparison {

    /** Progress as it happens; kept apart from the report formats. */
    public interface Listener {
        void planned(int forks);

        void forkStarted(CellKey key, String backend, int fork);

        void forkFinished(CellKey key, String backend, ForkResult result);
    }

    /** Footnote for every JeroMQ ipc figure (JeroMQ 0.6.0's ipc:// is TCP on loopback). */
    public static final String JEROMQ_IPC_NOTE =
            "JeroMQ 0.6.0 implements ipc:// as TCP on 127.0.0.1 (a port derived from the path), not a Unix socket";

    private final BackendCatalog catalog;
    private final CompareOptions options;
    private final Listener listener;
    private final List<String> unfinished = new ArrayList<>();

    public Comparison(BackendCatalog catalog, CompareOptions options, Listener listener) {
        this.catalog = catalog;
        this.options = options;
        this.listener = listener;
    }

    /** Every cell the options ask for, each pattern only with the scenarios it can run. */
    public static List<CellKey> cells(CompareOptions options) {
        List<CellKey> cells = new ArrayList<>();
        for (ScenarioKind scenario : options.scenarios()) {
            for (Pattern pattern : options.patterns()) {
                if (pattern.refusal(scenario) != null) {
                    continue;
                }
                for (String transport : options.transports()) {
                    for (int size : options.sizes()) {
                        for (int hwm : options.hwms()) {
                            cells.add(new CellKey(scenario.cliName(), pattern.cliName(), transport, size, hwm));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** What the options ask for that no cell can measure, with the reason (e.g. push-pull latency). */
    public static List<String> refusals(CompareOptions options) {
        List<String> refusals = new ArrayList<>();
        for (ScenarioKind scenario : options.scenarios()) {
            for (Pattern pattern : options.patterns()) {
                String refusal = pattern.refusal(scenario);
                if (refusal != null) {
                    refusals.add(scenario.cliName() + " " + pattern.cliName() + ": " + refusal);
                }
            }
        }
        return refusals;
    }

    /** Cells planned but not (yet) measured, as labels: what an interrupted run did not finish. */
    public synchronized List<String> unfinished() {
        return List.copyOf(unfinished);
    }

    /**
     * Measures every cell with {@code backends} and adds each finished cell to {@code store}.
     *
     * @return every cell result, in plan order
     */
    public List<CellResult> run(List<String> backends, ResultStore store) throws IOException, InterruptedException {
        List<CellKey> cells = cells(options);
        synchronized (this) {
            cells.forEach(cell -> backends.forEach(b -> unfinished.add(b + " " + cell.label())));
        }
        listener.planned(cells.size() * backends.size() * options.forks());
        List<CellResult> results = new ArrayList<>();
        Path scratch = Files.createTempDirectory("zmqbench-");
        try {
            ForkRunner runner = new ForkRunner(catalog, options, scratch);
            for (int c = 0; c < cells.size(); c++) {
                results.addAll(runCell(runner, cells.get(c), backends, options.seed() + c, store));
            }
        } finally {
            deleteTree(scratch);
        }
        return results;
    }

    private List<CellResult> runCell(ForkRunner runner, CellKey key, List<String> backends, long seed,
                                     ResultStore store) throws IOException, InterruptedException {
        Map<String, List<ForkOutcome>> outcomes = new LinkedHashMap<>();
        backends.forEach(b -> outcomes.put(b, new ArrayList<>()));
        List<String> order = ForkOrder.plan(backends, options.forks(), seed);
        for (String backend : order) {
            List<ForkOutcome> done = outcomes.get(backend);
            int fork = done.size() + 1;
            listener.forkStarted(key, backend, fork);
            ForkOutcome outcome = runner.run(key, backend, backend, fork);
            done.add(outcome);
            listener.forkFinished(key, backend, outcome.result());
        }
        List<CellResult> cells = new ArrayList<>();
        for (String backend : backends) {
            List<String> notes = backend.equals("jeromq") && key.transport().equals("ipc")
                    ? List.of(JEROMQ_IPC_NOTE) : List.of();
            CellAggregator.Aggregate aggregate = CellAggregator.aggregate(backend, key,
                    options.placement().cliName(), outcomes.get(backend), notes);
            store.add(aggregate.cell(), aggregate.rttNs());
            cells.add(aggregate.cell());
            synchronized (this) {
                unfinished.remove(backend + " " + key.label());
            }
        }
        return cells;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
