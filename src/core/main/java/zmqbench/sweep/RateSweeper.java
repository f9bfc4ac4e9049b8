package zmqbench.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import zmqbench.results.CellResult;

/**
 * Climbs a rate ladder: at each rate, one step measures every backend whose ladder has not yet
 * ended (together, so that what is compared is measured close together in time), and each backend
 * stops at its first step that does not hold the limit: its knee is the rate before. A backend
 * that does not run at the first step (not available here) has no ladder.
 */
public final class RateSweeper {

    /** Measures the open-loop cell of {@code backends} at {@code rate}: one cell result per backend that ran. */
    public interface Step<E extends Exception> {
        List<CellResult> measure(long rate, List<String> backends) throws E, IOException, InterruptedException;
    }

    private RateSweeper() {
    }

    /**
     * @param afterStep told the sweep so far after each step (to save it: an interrupted sweep keeps its steps)
     */
    public static <E extends Exception> RateSweep run(String cell, RateSweepPlan plan, List<String> backends,
                                                      Step<E> step, Consumer<RateSweep> afterStep)
            throws E, IOException, InterruptedException {
        Map<String, BackendSweep> ladders = new LinkedHashMap<>();
        backends.forEach(backend -> ladders.put(backend, new BackendSweep(backend, List.of())));
        RateSweep sweep = new RateSweep(cell, plan.p99LimitNs(), plan.ladder().rates(), List.copyOf(ladders.values()));
        for (long rate : plan.ladder().rates()) {
            List<String> climbing = new ArrayList<>();
            ladders.values().stream().filter(ladder -> !ladder.stopped()).forEach(l -> climbing.add(l.backend()));
            if (climbing.isEmpty()) {
                break;
            }
            Map<String, SweepStep> steps = new LinkedHashMap<>();
            for (CellResult result : step.measure(rate, climbing)) {
                steps.put(result.backend(), SweepStep.judge(rate, result, plan.p99LimitNs()));
            }
            for (String backend : climbing) {
                SweepStep measured = steps.get(backend);
                if (measured == null && ladders.get(backend).steps().isEmpty()) {
                    ladders.remove(backend); // it could not run at all (the comparison said why): no ladder
                } else {
                    ladders.put(backend, ladders.get(backend).plus(measured != null ? measured
                            : SweepStep.notMeasured(rate)));
                }
            }
            sweep = new RateSweep(cell, plan.p99LimitNs(), plan.ladder().rates(), List.copyOf(ladders.values()));
            afterStep.accept(sweep);
        }
        return sweep;
    }
}
