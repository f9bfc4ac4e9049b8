package zmqbench.stats;

import java.util.Map;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;

/**
 * The ratio of one backend's figure to another's (the baseline's) in the same cell, with a 95%
 * interval; also the before/after ratio of a diff.
 *
 * <p>The point is median(cell) / median(baseline): the medians the tables show. The interval
 * comes from the per-fork values, taken as independent samples of each side:
 * <ul>
 *   <li>Normally, Welch's t interval on the logarithms:
 *       exp(mean ln a - mean ln b ± t·√(s²<sub>a</sub>/n<sub>a</sub> + s²<sub>b</sub>/n<sub>b</sub>)),
 *       with the conservative n - 1 of the smaller side as degrees of freedom. Logarithms, because
 *       speeds and times vary by factors: a ratio's interval is symmetric on a log scale and
 *       never goes below 0. The assumption is {@link ForkStats}' (fork-to-fork variation roughly
 *       normal, here log-normal); unlike a percentile bootstrap, the interval does not shrink
 *       below 95% coverage with 3 to 5 forks. When one side has a
 *       single fork, the other side's spread stands in for it; when both do, nothing is known of
 *       the noise and the interval is 0 to infinity.
 *   <li>When a value is 0 (e.g. no allocation), logarithms are undefined: the interval is the
 *       conservative lower(cell)/upper(baseline) .. upper(cell)/lower(baseline) of the two sides'
 *       {@link ForkStats} intervals, which includes 1 exactly when those intervals overlap. The
 *       same holds for a set written without per-fork values.
 * </ul>
 * When both cells' forks record the rounds they ran in (a comparison's interleaved rounds), the
 * interval is {@link PairedRatio}'s, from the per-round ratios, instead: drift shared within a round
 * cancels. The interval is widened if needed to include the point. When both cells were measured in
 * slices, the ratio is {@link SliceStats#ratio}'s, round by round. Deterministic: no random numbers.
 */
public final class Ratio {

    private Ratio() {
    }

    /**
     * The ratio of {@code cell}'s figure to {@code baseline}'s, or null when either cell is not ok,
     * lacks the figure, or the baseline's median is 0. {@link Estimate#forks()} is the smaller of the
     * two fork counts.
     */
    public static Estimate of(CellResult cell, CellResult baseline, Figure figure) {
        if (cell == null || baseline == null || !cell.ok() || !baseline.ok()) {
            return null;
        }
        Estimate a = cell.figure(figure);
        Estimate b = baseline.figure(figure);
        if (a == null || b == null || !(b.median() > 0.0) || !Double.isFinite(a.median())) {
            return null;
        }
        double[][] slicesA = slices(cell, figure);
        double[][] slicesB = slices(baseline, figure);
        Estimate sliced = slicesA == null || slicesB == null ? null : SliceStats.ratio(slicesA, slicesB);
        if (sliced != null) {
            return sliced;
        }
        double point = a.median() / b.median();
        double[] valuesA = ForkFigures.values(cell.forks(), figure, cell.key().size());
        double[] valuesB = ForkFigures.values(baseline.forks(), figure, baseline.key().size());
        if (valuesA.length == 0 || valuesB.length == 0) {
            return overlap(point, a, b);
        }
        Estimate paired = PairedRatio.of(point, cell.forks(), baseline.forks(), figure, cell.key().size());
        return paired != null ? paired : interval(point, valuesA, valuesB);
    }

    /**
     * Where the interval of a ratio {@link #of} took from slices has its width
     * ({@link SliceStats#split}), or null when either side was not measured in slices.
     */
    public static SliceStats.Split split(CellResult cell, CellResult baseline, Figure figure) {
        if (cell == null || baseline == null || !cell.ok() || !baseline.ok()) {
            return null;
        }
        double[][] slicesA = slices(cell, figure);
        double[][] slicesB = slices(baseline, figure);
        return slicesA == null || slicesB == null ? null : SliceStats.split(slicesA, slicesB);
    }

    /**
     * The ratio of the median of {@code values} to the median of {@code baselineValues}, with the
     * same interval, or null when either is empty or the baseline's median is 0.
     */
    public static Estimate of(double[] values, double[] baselineValues) {
        if (values.length == 0 || baselineValues.length == 0) {
            return null;
        }
        double medianB = ForkStats.estimate(baselineValues).median();
        if (!(medianB > 0.0)) {
            return null;
        }
        return interval(ForkStats.estimate(values).median() / medianB, values, baselineValues);
    }

    /**
     * As {@link #of(double[], double[])}, for values recorded by round (round to value, e.g. a tool
     * and a plain program run back to back in each round): the interval is {@link PairedRatio}'s
     * when at least 2 rounds pair up, else Welch's.
     */
    public static Estimate paired(Map<Integer, Double> values, Map<Integer, Double> baselineValues) {
        double[] a = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = baselineValues.values().stream().mapToDouble(Double::doubleValue).toArray();
        Estimate independent = of(a, b);
        if (independent == null) {
            return null;
        }
        Estimate paired = PairedRatio.of(independent.median(), values, baselineValues);
        return paired != null ? paired : independent;
    }

    private static double[][] slices(CellResult cell, Figure figure) {
        return SliceFigures.values(cell.forks(), figure, cell.key().size());
    }

    private static Estimate interval(double point, double[] a, double[] b) {
        if (!allPositive(a) || !allPositive(b)) {
            return overlap(point, ForkStats.estimate(a), ForkStats.estimate(b));
        }
        int forks = Math.min(a.length, b.length);
        if (a.length < 2 && b.length < 2) {
            return new Estimate(point, 0.0, Double.POSITIVE_INFINITY, forks);
        }
        double[] logA = logs(a);
        double[] logB = logs(b);
        double varianceA = a.length > 1 ? variance(logA) : variance(logB);
        double varianceB = b.length > 1 ? variance(logB) : variance(logA);
        double standardError = Math.sqrt(varianceA / a.length + varianceB / b.length);
        // Conservative Welch: the smaller side's n - 1, or the other side's when one has no spread.
        int degreesOfFreedom = a.length == 1 || b.length == 1
                ? Math.max(a.length, b.length) - 1
                : Math.min(a.length, b.length) - 1;
        double center = mean(logA) - mean(logB);
        double halfWidth = StudentT.quantile975(degreesOfFreedom) * standardError;
        return new Estimate(point, Math.min(point, Math.exp(center - halfWidth)),
                Math.max(point, Math.exp(center + halfWidth)), forks);
    }

    private static Estimate overlap(double point, Estimate a, Estimate b) {
        double lower = b.upper() > 0.0 ? a.lower() / b.upper() : 0.0;
        double upper = b.lower() > 0.0 ? a.upper() / b.lower() : Double.POSITIVE_INFINITY;
        return new Estimate(point, Math.min(point, lower), Math.max(point, upper), Math.min(a.forks(), b.forks()));
    }

    private static boolean allPositive(double[] values) {
        for (double v : values) {
            if (!(v > 0.0) || !Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double[] logs(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }

    private static double mean(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample variance (n - 1). */
    private static double variance(double[] values) {
        double mean = mean(values);
        double squares = 0.0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }
}
