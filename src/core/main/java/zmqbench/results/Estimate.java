package zmqbench.results;

/**
 * A figure measured in several forks: the median across forks and its 95% confidence interval.
 *
 * @param median median of the per-fork values
 * @param lower lower bound of the 95% interval
 * @param upper upper bound of the 95% interval
 * @param forks number of forks the figure comes from
 */
public record Estimate(double median, double lower, double upper, int forks) {

    /** True when the interval includes {@code value} (for a ratio: not significantly different from 1). */
    public boolean straddles(double value) {
        return lower <= value && value <= upper;
    }
}
