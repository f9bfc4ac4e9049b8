package zmqbench.report;

import zmqbench.report.units.Unit;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.stats.Ratio;

/** A backend's figure relative to the baseline backend's, with a 95% interval for the ratio. */
final class BaselineRatio {

    private BaselineRatio() {
    }

    /**
     * The ratio {@code cell / baseline} for one of the known figures, as {@link Ratio} computes it,
     * or null when it cannot be taken or means nothing ({@link Unit#hasRatio}).
     */
    static Estimate of(CellResult cell, CellResult baseline, Figure figure) {
        return Unit.hasRatio(figure) ? Ratio.of(cell, baseline, figure) : null;
    }

    /**
     * The ratio for a figure {@link Figure} does not name, from the two estimates alone: median
     * over median, with the conservative interval lower/upper(baseline) .. upper/lower(baseline)
     * (unbounded when the baseline's lower bound is 0). Null when the baseline's median is not
     * positive.
     */
    static Estimate of(Estimate cell, Estimate baseline) {
        if (cell == null || baseline == null || !(baseline.median() > 0) || !Double.isFinite(cell.median())) {
            return null;
        }
        double point = cell.median() / baseline.median();
        double lower = baseline.upper() > 0 ? cell.lower() / baseline.upper() : 0;
        double upper = baseline.lower() > 0 ? cell.upper() / baseline.lower() : Double.POSITIVE_INFINITY;
        return new Estimate(point, Math.min(point, lower), Math.max(point, upper),
                Math.min(cell.forks(), baseline.forks()));
    }
}
