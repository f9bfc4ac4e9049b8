package zmqbench.crossings;

import java.util.List;
import zmqbench.results.Estimate;

/**
 * One row of the crossings report: a backend's trivial call, or c's direct call of one function.
 *
 * @param call the libzmq function called; null for a backend that makes no native calls
 * @param nsPerCall ns per call, the median over the forks with its 95% interval; null when no
 *     fork timed a call
 * @param overCNs the median minus c's for the same call: what the crossing adds; null for c, or
 *     without c's figure
 * @param forks the forks run, failed ones included
 * @param forkNsPerCall each timed fork's ns per call (the median of its batches), in fork order
 * @param callsPerFork the timed calls of one fork (calls per batch x batches)
 * @param notSteady forks whose warm-up reached its cap before the batches agreed
 * @param failures one line per failed fork
 */
public record CrossingRow(String backend, String call, Estimate nsPerCall, Double overCNs, int forks,
                          List<Double> forkNsPerCall, long callsPerFork, int notSteady, List<String> failures) {

    public CrossingRow {
        forkNsPerCall = List.copyOf(forkNsPerCall);
        failures = List.copyOf(failures);
    }

    /** True for a backend that makes no native calls (JeroMQ): its forks ran, with nothing to time. */
    public boolean pureJava() {
        return call == null && forks > failures.size();
    }

    CrossingRow withOverC(Double overC) {
        return new CrossingRow(backend, call, nsPerCall, overC, forks, forkNsPerCall, callsPerFork, notSteady,
                failures);
    }
}
