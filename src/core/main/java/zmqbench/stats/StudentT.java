package zmqbench.stats;

/** Quantiles of Student's t distribution at 0.975, for two-sided 95% intervals. */
final class StudentT {

    /** t(0.975, df) for df = 1..30 (index = df). */
    private static final double[] QUANTILE_975 = {Double.NaN,
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};

    private static final double NORMAL_975 = 1.959964;

    private StudentT() {
    }

    /**
     * t(0.975, df): exact to 4 decimals up to 30 degrees of freedom, then the first-order
     * expansion z + (z³ + z) / (4 df), within 0.001 of the true value.
     */
    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + degreesOfFreedom);
        }
        if (degreesOfFreedom < QUANTILE_975.length) {
            return QUANTILE_975[degreesOfFreedom];
        }
        double z = NORMAL_975;
        return z + (z * z * z + z) / (4.0 * degreesOfFreedom);
    }
}
