package zmqbench.run;

import zmqbench.results.CellKey;

/**
 * Runs one fork of one cell: {@link ForkRunner} with real workers, a fake in tests. The comparison's
 * loop decides how many forks to run, never how one is run.
 */
interface ForkSource {

    /** As {@link ForkRunner#run}: never throws for a failed measurement, the failure is the status. */
    ForkOutcome run(CellKey key, String passiveBackend, String activeBackend, int fork) throws InterruptedException;
}
