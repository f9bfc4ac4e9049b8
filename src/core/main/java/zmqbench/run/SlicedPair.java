package zmqbench.run;

import java.util.List;
import zmqbench.protocol.SliceRecord;
import zmqbench.protocol.WarmRecord;

/**
 * One fork of a sliced cell: a row's worker pair (or inproc worker), warmed up once and kept alive
 * for the cell's rounds, measuring one slice per line; {@link WorkerPair} with real workers, a fake
 * in tests.
 */
interface SlicedPair extends AutoCloseable {

    /** How the warm-up ended and the rate it ended at (slices are sized by it). */
    WarmRecord warm();

    /** Measures {@code preroll} messages untimed, then {@code messages} timed: the timed side's answer. */
    SliceRecord slice(long messages, long preroll) throws WorkerProcess.WorkerFailure, InterruptedException;

    /** The processes whose threads the slice's weather counts as the pair's. */
    List<Long> pids();

    /** Ends the stream and merges the peers' result records; never throws for a failed measurement. */
    ForkOutcome finish() throws InterruptedException;

    @Override
    void close();
}
