package zmqbench.stats;

import java.util.Arrays;
import zmqbench.results.Estimate;

/**
 * The median of a figure across forks, with a 95% confidence interval.
 *
 * <p>Forks are the independent repetitions of a cell: each one a fresh process, so JIT decisions,
 * memory layout and CPU placement vary between them, and that variation is what the interval
 * describes. The method depends on the number of forks n:
 * <ul>
 *   <li>n = 1: no interval; lower = upper = the single value.
 *   <li>n = 2..5: no distribution-free 95% interval exists for a median (the widest one, min to
 *       max, covers 1 - 2<sup>1-n</sup>: 75% at 3 forks, 94% at 5). The interval is Student's t
 *       interval of the mean, mean ± t<sub>0.975, n-1</sub>·s/√n, which assumes that fork-to-fork
 *       variation is roughly normal (as JMH's error does), widened when needed so it includes the
 *       median, and clipped at 0 when every value is ≥ 0 (all figures are non-negative).
 *   <li>n ≥ 6: the distribution-free order-statistic interval [x<sub>(k)</sub>,
 *       x<sub>(n+1-k)</sub>] of the sorted values, with the largest k whose binomial coverage
 *       1 - 2·P(Bin(n, ½) ≤ k-1) is at least 95% (k = 1 up to 8 forks, 2 for 9..11, ...). It
 *       assumes nothing about the shape, so one disturbed fork cannot stretch it.
 * </ul>
 */
public final class ForkStats {

    public static final double CONFIDENCE = 0.95;

    /** Smallest n whose min..max interval covers a median with at least 95%. */
    static final int MIN_FORKS_DISTRIBUTION_FREE = 6;

    private ForkStats() {
    }

    /** See the class comment for the method. Values must be finite; there must be at least one. */
    public static Estimate estimate(double[] perForkValues) {
        if (perForkValues == null || perForkValues.length == 0) {
            throw new IllegalArgumentException("no fork values to estimate from");
        }
        double[] sorted = perForkValues.clone();
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("fork value is not finite: " + v);
            }
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = median(sorted);
        if (n == 1) {
            return new Estimate(median, median, median, 1);
        }
        if (n < MIN_FORKS_DISTRIBUTION_FREE) {
            return studentT(sorted, median);
        }
        int k = orderStatisticRank(n);
        return new Estimate(median, sorted[k - 1], sorted[n - k], n);
    }

    /** Median of values sorted ascending (mean of the middle two for an even count). */
    static double median(double[] sorted) {
        int n = sorted.length;
        int mid = n / 2;
        return n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /**
     * The largest 1-based rank k such that [x(k), x(n+1-k)] covers the median with probability
     * at least {@link #CONFIDENCE}, for n ≥ {@link #MIN_FORKS_DISTRIBUTION_FREE}.
     */
    static int orderStatisticRank(int n) {
        // Tail probability P(Bin(n, 1/2) <= k-1), summed in log space so large n does not underflow.
        double logHalfPowN = n * Math.log(0.5);
        double logChoose = 0.0; // log C(n, 0)
        double tail = 0.0;
        int k = 0;
        for (int i = 0; i < n / 2; i++) {
            tail += Math.exp(logChoose + logHalfPowN); // now P(Bin <= i)
            if (1.0 - 2.0 * tail < CONFIDENCE) {
                break;
            }
            k = i + 1; // [x(i+1), x(n-i)] still covers enough
            logChoose += Math.log(n - i) - Math.log(i + 1.0);
        }
        return Math.max(k, 1);
    }

    private static Estimate studentT(double[] sorted, double median) {
        int n = sorted.length;
        double mean = 0.0;
        for (double v : sorted) {
            mean += v;
        }
        mean /= n;
        double squares = 0.0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double halfWidth = StudentT.quantile975(n - 1) * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        double lower = Math.min(mean - halfWidth, median);
        double upper = Math.max(mean + halfWidth, median);
        if (sorted[0] >= 0.0) {
            lower = Math.max(lower, 0.0);
        }
        return new Estimate(median, lower, upper, n);
    }
}
