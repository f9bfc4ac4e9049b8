package zmqbench.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One backend's ladder: its steps in rising rate, every one holding the limit but perhaps the last,
 * where the ladder stopped.
 */
public record BackendSweep(String backend, List<SweepStep> steps) {

    public BackendSweep {
        steps = List.copyOf(steps);
    }

    /** The highest rate that held the limit (its step), or null when even the first did not. */
    public SweepStep knee() {
        SweepStep knee = null;
        for (SweepStep step : steps) {
            if (!step.holds()) {
                break;
            }
            knee = step;
        }
        return knee;
    }

    /** True once a step did not hold: no higher rate is measured. */
    public boolean stopped() {
        return !steps.isEmpty() && !steps.get(steps.size() - 1).holds();
    }

    /** This ladder with {@code step} on top. */
    BackendSweep plus(SweepStep step) {
        List<SweepStep> more = new ArrayList<>(steps);
        more.add(step);
        return new BackendSweep(backend, more);
    }

    /**
     * Why the ladder ended: the verdict and rate of the step that stopped it, or that every rate
     * held (the knee is then at least the last rate).
     */
    public String stop() {
        if (!stopped()) {
            return "held to the last rate";
        }
        SweepStep last = steps.get(steps.size() - 1);
        return last.verdict().text() + " at " + last.rate() + " msg/s"
                + (last.verdict() == StepVerdict.FAILED ? ": " + last.status() : "");
    }
}
