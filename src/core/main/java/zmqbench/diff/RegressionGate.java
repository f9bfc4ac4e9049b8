package zmqbench.diff;

import java.util.List;
import java.util.stream.Collectors;
import zmqbench.results.Figure;

/**
 * Fails a diff (exit status 1) when a figure regressed significantly by more than a threshold,
 * or a cell that was ok now fails.
 *
 * @param thresholdPercent how much worse a figure may get, in percent of before (its median)
 */
public record RegressionGate(double thresholdPercent) {

    public static final int PASSED = 0;
    public static final int FAILED = 1;

    public RegressionGate {
        if (!(thresholdPercent >= 0.0) || Double.isInfinite(thresholdPercent)) {
            throw new IllegalArgumentException("--fail-on must be a percentage of 0 or more, got " + thresholdPercent);
        }
    }

    /**
     * Parses "5%", "5" or "2.5 %".
     *
     * @throws IllegalArgumentException with a one-line message naming the value
     */
    public static RegressionGate parse(String text) {
        String number = text == null ? "" : text.strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        try {
            return new RegressionGate(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fail-on must be a percentage like 5% or 2.5, got '" + text + "'");
        }
    }

    /** Significant regressions of gated figures ({@link Figure#gated()}) worse than the threshold, worst first. */
    public List<FigureChange> failures(SetDiff diff) {
        return diff.changes().stream()
                .filter(c -> c.figure().gated() && c.verdict() == Verdict.REGRESSED && c.worsePercent() > thresholdPercent)
                .sorted((x, y) -> Double.compare(y.worsePercent(), x.worsePercent()))
                .collect(Collectors.toList());
    }

    /** Cells that were ok before and fail after. */
    public List<StatusChange> broken(SetDiff diff) {
        return diff.statusChanges().stream().filter(StatusChange::broke).collect(Collectors.toList());
    }

    public boolean passes(SetDiff diff) {
        return failures(diff).isEmpty() && broken(diff).isEmpty();
    }

    /** {@link #PASSED} or {@link #FAILED}. */
    public int exitCode(SetDiff diff) {
        return passes(diff) ? PASSED : FAILED;
    }
}
