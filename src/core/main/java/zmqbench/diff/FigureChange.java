package zmqbench.diff;

import zmqbench.results.CellKey;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;

/**
 * How one figure of one backend's cell changed from set A (before) to set B (after).
 *
 * @param change B/A - 1 (0.05 = 5% higher) with its 95% interval, from the per-fork values
 */
public record FigureChange(
        String backend, CellKey key, Figure figure, Estimate before, Estimate after, Estimate change,
        Verdict verdict) {

    /** How much worse B is than A, in percent of A (negative when B is better). */
    public double worsePercent() {
        double percent = change.median() * 100.0;
        return figure.higherIsBetter() ? -percent : percent;
    }
}
