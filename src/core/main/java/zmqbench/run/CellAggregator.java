package zmqbench.run;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.stats.ForkFigures;
import zmqbench.stats.LatencyStats;

/** Folds one backend's forks of one cell into its result: estimates across forks, all samples merged. */
final class CellAggregator {

    private CellAggregator() {
    }

    /** The cell's result and, for latency, every fork's samples in one histogram (null otherwise). */
    record Aggregate(CellResult cell, Histogram rttNs) {
    }

    static Aggregate aggregate(String backend, CellKey key, String placement, List<ForkOutcome> outcomes,
                               List<String> notes) {
        List<ForkResult> forks = new ArrayList<>();
        List<ForkResult> okForks = new ArrayList<>();
        Histogram merged = null;
        String version = null;
        String libzmq = null;
        long sent = 0;
        long received = 0;
        for (ForkOutcome outcome : outcomes) {
            ForkResult fork = outcome.result();
            forks.add(fork);
            sent += fork.messagesSent();
            received += fork.messagesReceived();
            if (outcome.backendVersion() != null) {
                version = outcome.backendVersion();
                libzmq = outcome.libzmqVersion();
            }
            if (!fork.ok()) {
                continue;
            }
            okForks.add(fork);
            if (outcome.rttNs() != null) {
                if (merged == null) {
                    merged = outcome.rttNs().copy();
                } else {
                    merged.add(outcome.rttNs());
                }
            }
        }
        CellResult cell = new CellResult(backend, version, libzmq, key, placement, sent, received,
                merged == null ? null : LatencyStats.summarize(merged),
                merged == null ? List.of() : LatencyStats.curve(merged),
                ForkFigures.estimates(okForks, key.size()), forks, status(forks), notes);
        return new Aggregate(cell, merged);
    }

    /** ok only when every fork is: a cell with one lossy fork says so. */
    private static String status(List<ForkResult> forks) {
        int failed = 0;
        String first = null;
        for (ForkResult fork : forks) {
            if (!fork.ok()) {
                failed++;
                if (first == null) {
                    first = "fork " + fork.fork() + ": " + fork.status();
                }
            }
        }
        if (failed == 0) {
            return "ok";
        }
        return failed + " of " + forks.size() + " forks failed; " + first;
    }
}
