package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FisherFTest {

    @Test
    void matchesTabulatedQuantiles() {
        // F(0.95; 1, 10) = 4.9646, F(0.95; 2, 20) = 3.4928, F(0.75; 1, 30) = 1.3796 (standard tables)
        assertEquals(0.95, FisherF.cdf(4.9646, 1, 10), 1e-4);
        assertEquals(0.95, FisherF.cdf(3.4928, 2, 20), 1e-4);
        assertEquals(0.75, FisherF.cdf(1.3796, 1, 30), 1e-3);
        assertEquals(0.5, FisherF.cdf(1.0, 4, 4), 1e-9);
    }

    @Test
    void edges() {
        assertEquals(0.0, FisherF.cdf(0.0, 1, 5));
        assertEquals(1.0, FisherF.cdf(Double.POSITIVE_INFINITY, 1, 5));
        assertEquals(0.5, FisherF.regularizedBeta(0.5, 1, 1), 1e-12);
        assertEquals(Math.log(24.0), FisherF.logGamma(5.0), 1e-10);
    }
}
