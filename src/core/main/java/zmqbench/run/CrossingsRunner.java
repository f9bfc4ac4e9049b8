package zmqbench.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import zmqbench.crossings.CrossingForks;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.CrossingSpec;

/**
 * Runs {@code zmqbench crossings}: every benchmark once per round in a fresh worker, the rounds
 * one after another, so that each backend's forks are spread over the same stretch of time as
 * the others' (interleaved, as compare's rounds are).
 */
public final class CrossingsRunner {

    /** Worker start-up (a JVM on a busy 2-CPU machine). */
    private static final long STARTUP_MS = 30_000;
    /**
     * Ten times JNA's ~100 ns, for the deadline only: it catches a hung worker, not a slow binding.
     */
    private static final long SLOWEST_NS_PER_CALL = 1_000;

    /** Told before each fork (progress on stderr). */
    public interface Listener {
        Listener SILENT = new Listener() {
        };

        default void started(int fork, int forks, CrossingSpec spec) {
        }
    }

    private final BackendCatalog catalog;

    public CrossingsRunner(BackendCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code forks} rounds of every spec, in the order given; the forks of each spec, in the same order. */
    public List<CrossingForks> run(List<CrossingSpec> specs, int forks, Listener listener)
            throws InterruptedException {
        List<List<CrossingRecord>> records = new ArrayList<>();
        List<List<String>> failures = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            records.add(new ArrayList<>());
            failures.add(new ArrayList<>());
        }
        for (int fork = 0; fork < forks; fork++) {
            for (int i = 0; i < specs.size(); i++) {
                listener.started(fork, forks, specs.get(i));
                try {
                    records.get(i).add(run(specs.get(i), fork));
                } catch (WorkerProcess.WorkerFailure | IOException e) {
                    failures.get(i).add(e.getMessage());
                }
            }
        }
        List<CrossingForks> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            all.add(new CrossingForks(specs.get(i), records.get(i), failures.get(i)));
        }
        return all;
    }

    private CrossingRecord run(CrossingSpec spec, int fork)
            throws IOException, WorkerProcess.WorkerFailure, InterruptedException {
        List<String> command = new ArrayList<>(catalog.workerCommand(spec.backend()));
        command.addAll(spec.format());
        // the warm-up stops at its cap after the batch in progress, then the measured batches run
        long boundNs = TimeUnit.MILLISECONDS.toNanos(STARTUP_MS + spec.warmupCapMs())
                + (spec.batches() + 1L) * spec.calls() * SLOWEST_NS_PER_CALL;
        String label = spec.backend() + (spec.call() == null ? "" : " " + spec.call()) + " fork " + (fork + 1);
        try (WorkerProcess worker = WorkerProcess.start(label, command)) {
            return worker.await(CrossingRecord.class, System.nanoTime() + boundNs);
        }
    }
}
