package zmqbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.scenario.OpenLoopPeer;
import zmqbench.stats.ForkFigures;
import zmqbench.stats.LatencyStats;

/** Folds one backend's forks of one cell into its result: estimates across forks, all samples merged. */
final class CellAggregator {

    private CellAggregator() {
    }

    /**
     * The cell's result and, for latency and open-loop, every fork's samples in one histogram (null
     * otherwise); for open-loop also the uncorrected ones (null otherwise).
     */
    record Aggregate(CellResult cell, Histogram rttNs, Histogram rttUncorrectedNs) {
    }

    static Aggregate aggregate(String backend, CellKey key, String placement, List<ForkOutcome> outcomes,
                               List<String> notes) {
        List<ForkResult> forks = new ArrayList<>();
        List<ForkResult> okForks = new ArrayList<>();
        Histogram merged = null;
        Histogram mergedUncorrected = null;
        List<String> missedRates = new ArrayList<>();
        String version = null;
        String libzmq = null;
        long sent = 0;
        long received = 0;
        for (ForkOutcome outcome : outcomes) {
            ForkResult fork = outcome.result();
            forks.add(fork);
            sent += fork.counts().sent();
            received += fork.counts().received();
            if (outcome.backendVersion() != null) {
                version = outcome.backendVersion();
                libzmq = outcome.libzmqVersion();
            }
            if (!fork.ok()) {
                continue;
            }
            okForks.add(fork);
            merged = merge(merged, outcome.rttNs());
            mergedUncorrected = merge(mergedUncorrected, outcome.rttUncorrectedNs());
            if (!fork.rateMet()) {
                missedRates.add(String.format(Locale.ROOT, "fork %d sent %.0f msg/s", fork.fork(),
                        fork.rate().achieved()));
            }
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (!missedRates.isEmpty()) {
            allNotes.add(rateNote(okForks.get(0).rate().target(), missedRates, okForks.size()));
        }
        String notSteady = CellResult.notSteadyNote(okForks);
        if (notSteady != null) {
            allNotes.add(notSteady);
        }
        CellResult.Builder cell = CellResult.builder(backend, key, status(forks)).versions(version, libzmq)
                .placement(placement).messages(sent, received).figures(ForkFigures.estimates(okForks, key.size()))
                .forks(forks).notes(allNotes);
        if (merged != null) {
            cell.rtt(LatencyStats.summarize(merged), LatencyStats.curve(merged));
        }
        if (mergedUncorrected != null) {
            cell.rttUncorrected(LatencyStats.summarize(mergedUncorrected), LatencyStats.curve(mergedUncorrected));
        }
        return new Aggregate(cell.build(), merged, mergedUncorrected);
    }

    private static Histogram merge(Histogram merged, Histogram fork) {
        if (fork == null) {
            return merged;
        }
        if (merged == null) {
            return fork.copy();
        }
        merged.add(fork);
        return merged;
    }

    /**
     * Open-loop forks whose pinger could not keep up: their latencies are those of a lower rate than
     * the one asked for, so the cell says so.
     */
    private static String rateNote(long targetRate, List<String> missed, int okForks) {
        return "target rate " + targetRate + " msg/s not met (below " + Math.round(100 * OpenLoopPeer.RATE_MET_FRACTION)
                + "%) in " + missed.size() + " of " + okForks + " forks: " + String.join(", ", missed);
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
