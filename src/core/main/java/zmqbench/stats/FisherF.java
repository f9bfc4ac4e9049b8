package zmqbench.stats;

/**
 * The F distribution's cumulative probability, for the test that decides whether forks of one
 * backend differ by more than their slices' noise ({@link SliceStats}). Through the regularized
 * incomplete beta function (continued fraction, modified Lentz), accurate to about 1e-10.
 */
final class FisherF {

    private static final int MAX_ITERATIONS = 300;
    private static final double EPSILON = 1e-12;
    private static final double TINY = 1e-300;

    private FisherF() {
    }

    /** P(F <= f) for an F distribution with {@code df1} and {@code df2} degrees of freedom. */
    static double cdf(double f, double df1, double df2) {
        if (!(f > 0.0)) {
            return 0.0;
        }
        if (Double.isInfinite(f)) {
            return 1.0;
        }
        return regularizedBeta(df1 * f / (df1 * f + df2), df1 / 2.0, df2 / 2.0);
    }

    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
        if (x < (a + 1.0) / (a + b + 2.0)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1.0 - front * continuedFraction(1.0 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1.0;
        double d = nonZero(1.0 - (a + b) * x / (a + 1.0));
        d = 1.0 / d;
        double result = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
            d = 1.0 / nonZero(1.0 + even * d);
            c = nonZero(1.0 + even / c);
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
            d = 1.0 / nonZero(1.0 + odd * d);
            c = nonZero(1.0 + odd / c);
            double step = d * c;
            result *= step;
            if (Math.abs(step - 1.0) < EPSILON) {
                break;
            }
        }
        return result;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients). */
    static double logGamma(double x) {
        double[] coefficients = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1.0 - x);
        }
        double z = x - 1.0;
        double sum = coefficients[0];
        for (int i = 1; i < coefficients.length; i++) {
            sum += coefficients[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2.0 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
