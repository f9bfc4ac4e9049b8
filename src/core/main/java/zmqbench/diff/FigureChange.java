package zmqbench.diff;

import zmqbench.results.CellKey;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;

/**
 * How one figure of one backend's cell changed from set A (before) to set B (after).
 *
 * @param before the figure in A, or its ratio to {@code against} there
 * @param after the same in B
 * @param change B/A - 1 (0.05 = 5% higher) with its 95% interval, from the per-fork values (or
 *     from both ratios' intervals)
 * @param against the baseline {@code before} and {@code after} are ratios to, or null when they
 *     are the absolute figures
 */
public record FigureChange(
        String backend, CellKey key, Figure figure, Estimate before, Estimate after, Estimate change,
        Verdict verdict, String against) {

    /** How much worse B is than A, in percent of A (negative when B is better). */
    public double worsePercent() {
        double percent = change.median() * 100.0;
        return figure.higherIsBetter() ? -percent : percent;
    }
}
