package zmqbench.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import zmqbench.semantics.Assessment;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.ProbeSpec;

/**
 * Runs high-water-mark probes ({@code zmqbench semantics}), each in a fresh worker of its backend,
 * one after another, and holds each record against the documentation.
 */
public final class SemanticsRunner {

    /** Worker start-up (a JVM on a busy 2-CPU machine) on top of the probe's own bounds. */
    private static final long STARTUP_MS = 30_000;

    /** Told before and after each probe (progress on stderr). */
    public interface Listener {
        Listener SILENT = new Listener() {
        };

        default void started(int index, int total, ProbeSpec spec) {
        }

        default void finished(int index, int total, Assessment assessment) {
        }
    }

    private final BackendCatalog catalog;

    public SemanticsRunner(BackendCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Assessment> run(List<ProbeSpec> specs, Listener listener) throws InterruptedException {
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            listener.started(i, specs.size(), specs.get(i));
            Assessment assessment = run(specs.get(i));
            assessments.add(assessment);
            listener.finished(i, specs.size(), assessment);
        }
        return assessments;
    }

    /** One probe in a fresh worker; a worker that fails, hangs or says something else is a failed probe. */
    public Assessment run(ProbeSpec spec) throws InterruptedException {
        List<String> command = new ArrayList<>();
        try {
            command.addAll(catalog.workerCommand(spec.backend()));
        } catch (IOException e) {
            return Assessment.failed(spec, e.getMessage());
        }
        command.addAll(spec.format());
        // connecting is bounded by 2 timeouts (a wait may start just before its deadline), probing and
        // draining by one each, the sends at the mark by block_ms each; closing with LINGER 0 is quick
        long boundMs = STARTUP_MS + 4L * spec.timeoutMs() + 4L * spec.blockMs();
        try (WorkerProcess worker = WorkerProcess.start(spec.backend() + " " + spec.label(), command)) {
            ProbeRecord record = worker.await(ProbeRecord.class,
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(boundMs));
            if (record.error() != null) {
                return Assessment.failed(spec, record.error());
            }
            return Assessment.of(spec, record);
        } catch (WorkerProcess.WorkerFailure | IOException | RuntimeException e) {
            return Assessment.failed(spec, e.getMessage());
        }
    }
}
