package zmqbench.run;

import java.io.IOException;
import zmqbench.results.CellKey;

/**
 * Runs one fork of one cell: {@link ForkRunner} with real workers, a fake in tests. The comparison's
 * loop decides how many forks to run, never how one is run.
 */
interface ForkSource {

    /** As {@link ForkRunner#run}: never throws for a failed measurement, the failure is the status. */
    ForkOutcome run(CellKey key, String passiveBackend, String activeBackend, int fork) throws InterruptedException;

    /** As {@link ForkRunner#startSliced}: a sliced fork, warmed up; a source that has none refuses. */
    default SlicedPair startSliced(CellKey key, String passiveBackend, String activeBackend, int fork, long deadline)
            throws IOException, WorkerProcess.WorkerFailure, InterruptedException {
        throw new UnsupportedOperationException("this fork source measures no slices");
    }
}
