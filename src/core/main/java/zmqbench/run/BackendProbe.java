package zmqbench.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import zmqbench.protocol.DescribeRecord;

/**
 * Asks each backend's worker to describe itself. A backend counts as available only when its
 * worker starts and loads its library, so a missing libzmq or libjzmq is found here, not mid-run.
 */
public final class BackendProbe {

    private static final long DESCRIBE_TIMEOUT_MS = 30_000;

    private final BackendCatalog catalog;

    public BackendProbe(BackendCatalog catalog) {
        this.catalog = catalog;
    }

    public List<BackendStatus> probe(List<String> backends) throws InterruptedException {
        List<BackendStatus> statuses = new ArrayList<>();
        for (String backend : backends) {
            statuses.add(probe(backend));
        }
        return statuses;
    }

    /** @param backend a backend, or a column the catalog knows (a backend on a JVM variant) */
    public BackendStatus probe(String backend) throws InterruptedException {
        String unknown = BackendCatalog.unknown(catalog.backendOf(backend));
        if (unknown != null) {
            return new BackendStatus(backend, false, null, null, unknown);
        }
        String missing = catalog.missing(backend);
        if (missing != null) {
            return new BackendStatus(backend, false, null, null, missing);
        }
        List<String> command = new ArrayList<>();
        try {
            command.addAll(catalog.workerCommand(backend));
        } catch (IOException e) {
            return new BackendStatus(backend, false, null, null, e.getMessage());
        }
        command.add("--backend");
        command.add(catalog.backendOf(backend));
        command.add("--describe");
        try (WorkerProcess worker = WorkerProcess.start(backend + " describe", command)) {
            DescribeRecord record = worker.await(DescribeRecord.class,
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DESCRIBE_TIMEOUT_MS));
            return new BackendStatus(backend, true, record.backendVersion(), record.libzmqVersion(), null);
        } catch (WorkerProcess.WorkerFailure | IOException e) {
            return new BackendStatus(backend, false, null, null, e.getMessage());
        }
    }
}
