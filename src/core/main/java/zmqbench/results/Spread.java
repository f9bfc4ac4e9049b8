package zmqbench.results;

import java.util.OptionalDouble;

/**
 * How much values move about their mean: the coefficient of variation (a fork's measured windows,
 * a calibration's rounds).
 */
public final class Spread {

    private Spread() {
    }

    /** Sample standard deviation over the mean, in %; empty with fewer than two values or a mean <= 0. */
    public static OptionalDouble cvPercent(double[] values) {
        if (values.length < 2) {
            return OptionalDouble.empty();
        }
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        if (mean <= 0) {
            return OptionalDouble.empty();
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return OptionalDouble.of(100 * Math.sqrt(squares / (values.length - 1)) / mean);
    }
}
