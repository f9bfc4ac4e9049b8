package zmqbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import zmqbench.options.CompareOptions;
import zmqbench.options.FarPeer;
import zmqbench.options.Rounds;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultStore;
import zmqbench.results.RunLog;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.scenarios.ScenarioType;
import zmqbench.stats.ForkOrder;

/**
 * Runs a comparison: for each cell, rounds of forks, each round every backend once in a shuffled
 * order (so drift on a shared machine hits all backends alike, and the forks of a round pair up),
 * repeated until the cell's headline figures are known to {@code --precision} or its share of the
 * budget is spent ({@link RoundPlan}); then each backend's result, saved as soon as the cell is done
 * so an interrupted run keeps what it measured.
 */
public final class Comparison {

    /** Progress as it happens; kept apart from the report formats. */
    public interface Listener {
        /** Hears nothing: a quiet run. */
        Listener SILENT = new Listener() {
            @Override
            public void planned(int forks) {
            }

            @Override
            public void forkStarted(CellKey key, String backend, int fork) {
            }

            @Override
            public void forkFinished(CellKey key, String backend, ForkResult result) {
            }
        };

        /** Forks planned in all; called again with a larger total when a cell runs extra rounds. */
        void planned(int forks);

        void forkStarted(CellKey key, String backend, int fork);

        void forkFinished(CellKey key, String backend, ForkResult result);

        /**
         * A cell's rounds are over: {@code rounds} run, why they stopped ({@code converged}, {@code
         * fixed}, {@code max forks}, {@code time budget}, {@code failed}) and the rows still wider
         * than the precision asked for, each with its interval's half-width relative to its median.
         */
        default void cellFinished(CellKey key, int rounds, String stop, Map<String, Double> unconverged) {
        }

        /**
         * A sliced cell's round is over: {@code round} run, and the rows whose verdict is still open,
         * each with what it says now (e.g. {@code undecided [0.93, 1.08]}).
         */
        default void sliceRound(CellKey key, int round, Map<String, String> open) {
        }
    }

    /** Footnote for every JeroMQ ipc figure (JeroMQ 0.6.0's ipc:// is TCP on loopback). */
    public static final String JEROMQ_IPC_NOTE =
            "JeroMQ 0.6.0 implements ipc:// as TCP on 127.0.0.1 (a port derived from the path), not a Unix socket";

    private static final String PURE_JAVA = "jeromq";

    private final CompareOptions options;
    private final Listener listener;
    private final Function<Path, ForkSource> forkSources;
    private final LongSupplier nanoClock;
    private final RoundPlan roundPlan;
    private final List<String> unfinished = new ArrayList<>();
    private final List<RunLog.CellRun> cellRuns = new ArrayList<>();
    private int planned;

    /**
     * @param forkSources what runs a fork, given a scratch directory for the run ({@link Workers#forks})
     * @param nanoClock monotonic ns, for the time budget
     */
    Comparison(CompareOptions options, Listener listener, Function<Path, ForkSource> forkSources,
               LongSupplier nanoClock) {
        this.options = options;
        this.listener = listener;
        this.forkSources = forkSources;
        this.nanoClock = nanoClock;
        this.roundPlan = new RoundPlan(options);
    }

    /** Every cell the options ask for, each pattern only with the scenarios it can run. */
    public static List<CellKey> cells(CompareOptions options) {
        List<CellKey> cells = new ArrayList<>();
        for (ScenarioKind scenario : options.matrix().scenarios()) {
            for (Pattern pattern : options.matrix().patterns()) {
                if (pattern.refusal(scenario) != null) {
                    continue;
                }
                for (Transport transport : options.matrix().transports()) {
                    if (options.network().far() != null && FarPeer.refusal(transport) != null) {
                        continue;
                    }
                    for (int size : options.matrix().sizes()) {
                        if (pattern.sizeRefusal(size) != null || scenario.sizeRefusal(size) != null) {
                            continue;
                        }
                        for (int hwm : options.matrix().hwms()) {
                            for (Pacing pacing : ScenarioType.of(scenario).cellPacings(options)) {
                                cells.add(new CellKey(scenario, pattern, transport, size, hwm, pacing));
                            }
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
        for (ScenarioKind scenario : options.matrix().scenarios()) {
            for (Pattern pattern : options.matrix().patterns()) {
                String refusal = pattern.refusal(scenario);
                if (refusal != null) {
                    refusals.add(scenario.cliName() + " " + pattern.cliName() + ": " + refusal);
                    continue;
                }
                for (int size : options.matrix().sizes()) {
                    String sizeRefusal = pattern.sizeRefusal(size);
                    if (sizeRefusal == null) {
                        sizeRefusal = scenario.sizeRefusal(size);
                    }
                    if (sizeRefusal != null) {
                        refusals.add(scenario.cliName() + " " + pattern.cliName() + " " + size + " B: " + sizeRefusal);
                    }
                }
            }
        }
        for (Transport transport : options.matrix().transports()) {
            if (options.network().far() != null && FarPeer.refusal(transport) != null) {
                refusals.add(FarPeer.refusal(transport));
            }
        }
        if (options.matrix().interop()) {
            for (Transport transport : options.matrix().transports()) {
                if (transport == Transport.IPC) {
                    refusals.add("interop over ipc: JeroMQ's ipc:// is TCP underneath, libzmq cannot connect to it");
                } else if (transport == Transport.INPROC) {
                    refusals.add("interop over inproc: inproc cannot cross processes");
                }
            }
        }
        return refusals;
    }

    /** Cells planned but not (yet) measured, as labels: what an interrupted run did not finish. */
    public synchronized List<String> unfinished() {
        return List.copyOf(unfinished);
    }

    /** How each cell measured so far ran, in order: for the run log, also of an interrupted run. */
    public synchronized List<RunLog.CellRun> cellRuns() {
        return List.copyOf(cellRuns);
    }

    /**
     * Measures every cell with {@code backends} and adds each finished cell to {@code store}.
     *
     * @return every cell result, in plan order
     */
    public List<CellResult> run(List<String> backends, ResultStore store) throws IOException, InterruptedException {
        long start = nanoClock.getAsLong();
        List<CellKey> cells = cells(options);
        synchronized (this) {
            for (CellKey cell : cells) {
                List<BackendPair> rows = rows(cell, backends);
                rows.forEach(row -> unfinished.add(row.label() + " " + cell.label()));
                String baseline = options.output().baseline();
                planned += rows.stream().mapToInt(row -> sliced(cell)
                        ? SliceSession.startingForks(row.label(), baseline, options.rounds().forks())
                        : options.rounds().forks()).sum();
            }
        }
        listener.planned(planned);
        List<CellResult> results = new ArrayList<>();
        Path scratch = Files.createTempDirectory("zmqbench-");
        try {
            ForkSource forks = forkSources.apply(scratch);
            long budgetNs = TimeUnit.SECONDS.toNanos(options.rounds().timeBudgetSeconds());
            for (int c = 0; c < cells.size(); c++) {
                // Each cell's share: what is left of the budget over the cells left, so time a cell
                // did not need goes to the ones after it.
                long now = nanoClock.getAsLong();
                long deadline = budgetNs == 0 ? Long.MAX_VALUE : now + (start + budgetNs - now) / (cells.size() - c);
                results.addAll(runCell(forks, cells.get(c), backends, options.rounds().seed() + c, deadline, store));
            }
        } finally {
            deleteTree(scratch);
        }
        return results;
    }

    /**
     * The rows of one cell: each backend, plus with {@code --interop} over tcp a mixed pair each way
     * between JeroMQ and every libzmq backend (the two halves are different processes anyway).
     */
    private List<BackendPair> rows(CellKey key, List<String> backends) {
        List<BackendPair> rows = new ArrayList<>(backends.stream().map(BackendPair::of).toList());
        if (options.matrix().interop() && key.transport() == Transport.TCP && backends.contains(PURE_JAVA)) {
            for (String backend : backends) {
                if (!backend.equals(PURE_JAVA)) {
                    rows.add(new BackendPair(backend, PURE_JAVA));
                    rows.add(new BackendPair(PURE_JAVA, backend));
                }
            }
        }
        return rows;
    }

    private List<CellResult> runCell(ForkSource forks, CellKey key, List<String> backends, long seed, long deadline,
                                     ResultStore store) throws IOException, InterruptedException {
        // Rows by label, as results and reports name them.
        Map<String, BackendPair> rows = new LinkedHashMap<>();
        rows(key, backends).forEach(row -> rows.put(row.label(), row));
        Map<String, List<ForkOutcome>> outcomes = new LinkedHashMap<>();
        Map<String, List<ForkResult>> results = new LinkedHashMap<>();
        rows.keySet().forEach(b -> outcomes.put(b, new ArrayList<>()));
        rows.keySet().forEach(b -> results.put(b, new ArrayList<>()));
        if (sliced(key)) {
            SliceSession.Outcome outcome = sliced(forks, key, rows, seed, deadline);
            return store(key, rows, outcome.forks(), SliceNotes.of(outcome, options.rounds().sliceMs(key.scenario())),
                    store);
        }
        ForkOrder order = new ForkOrder(List.copyOf(rows.keySet()), seed);
        RoundPlan.Stop stop = null;
        int round = 0;
        while (stop == null) {
            round++;
            if (round > options.rounds().forks()) {
                planned += rows.size();
                listener.planned(planned);
            }
            long roundStart = nanoClock.getAsLong();
            for (String backend : order.nextRound()) {
                listener.forkStarted(key, backend, round);
                BackendPair row = rows.get(backend);
                ForkOutcome outcome = forks.run(key, row.binder(), row.connecter(), round);
                ForkResult result = outcome.result().inRound(round);
                outcomes.get(backend).add(new ForkOutcome(result, outcome.rttNs(), outcome.backendVersion(),
                        outcome.libzmqVersion(), outcome.rttUncorrectedNs()));
                results.get(backend).add(result);
                listener.forkFinished(key, backend, result);
            }
            long now = nanoClock.getAsLong();
            stop = roundPlan.stop(key, results, round, now, now - roundStart, deadline);
        }
        String reason = stop.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        listener.cellFinished(key, round, reason, roundPlan.unconverged(key, results));
        ran(RunLog.CellRun.forks(key, round, reason));
        return store(key, rows, outcomes, Map.of(), store);
    }

    /** True when {@code key} is measured in slices of warm pairs (see {@link SliceSession}). */
    private boolean sliced(CellKey key) {
        return options.rounds().sliceMs() > 0 && key.pattern() != Pattern.PUB_SUB
                && options.counts().measured(key.scenario()) == null
                && ScenarioType.of(key.scenario()).sliceable();
    }

    /** A sliced cell's rounds, against the comparison's baseline when it is among the rows. */
    private SliceSession.Outcome sliced(ForkSource forks, CellKey key, Map<String, BackendPair> rows,
                                                  long seed, long deadline) throws InterruptedException {
        String baseline = rows.containsKey(options.output().baseline()) ? options.output().baseline() : null;
        Rounds rounds = options.rounds();
        SliceStop stopRule = new SliceStop(baseline, options.output().margin(), rounds.precision());
        SliceSession session = new SliceSession(listener, nanoClock, WeatherProbe.system(),
                rounds.sliceMs(key.scenario()), rounds.forks(), rounds.maxForks(), stopRule);
        SliceSession.Outcome outcome = session.run(forks, key, rows, seed, deadline);
        listener.cellFinished(key, outcome.rounds(), outcome.stop(), Map.of());
        ran(new RunLog.CellRun(key, RunLog.Method.SLICES, outcome.rounds(), outcome.slices(), outcome.disturbed(),
                outcome.forksAdded(),
                outcome.stop()));
        return outcome;
    }

    private synchronized void ran(RunLog.CellRun cell) {
        cellRuns.add(cell);
    }

    private List<CellResult> store(CellKey key, Map<String, BackendPair> rows, Map<String, List<ForkOutcome>> outcomes,
                                   Map<String, List<String>> extraNotes, ResultStore store) throws IOException {
        List<CellResult> cells = new ArrayList<>();
        for (String backend : outcomes.keySet()) {
            List<String> notes = new ArrayList<>(notes(rows.get(backend), key));
            notes.addAll(extraNotes.getOrDefault(backend, List.of()));
            CellAggregator.Aggregate aggregate = CellAggregator.aggregate(backend, key,
                    options.launch().placement().cliName(), outcomes.get(backend), notes);
            store.add(aggregate.cell(), aggregate.rttNs(), aggregate.rttUncorrectedNs());
            cells.add(aggregate.cell());
            synchronized (this) {
                unfinished.remove(backend + " " + key.label());
            }
        }
        return cells;
    }

    private static List<String> notes(BackendPair row, CellKey key) {
        if (row.interop()) {
            return List.of("interop: " + row.connecter() + " connects and " + (key.scenario().roundTrips()
                    ? "pings, " + row.binder() + " binds and echoes" : "sends, " + row.binder() + " binds and receives"));
        }
        return row.binder().equals(PURE_JAVA) && key.transport() == Transport.IPC ? List.of(JEROMQ_IPC_NOTE)
                : List.of();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
