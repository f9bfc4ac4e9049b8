package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.results.Estimate;

class ForkStatsTest {

    @Test
    void oneForkHasNoInterval() {
        Estimate e = ForkStats.estimate(new double[] {42.0});
        assertEquals(new Estimate(42.0, 42.0, 42.0, 1), e);
    }

    @Test
    void threeForksUseStudentT() {
        // mean 11, s = 1, t(0.975, 2) = 4.3027: 11 ± 4.3027 / sqrt(3)
        Estimate e = ForkStats.estimate(new double[] {12.0, 10.0, 11.0});
        assertEquals(11.0, e.median());
        assertEquals(11.0 - 4.3027 / Math.sqrt(3), e.lower(), 1e-9);
        assertEquals(11.0 + 4.3027 / Math.sqrt(3), e.upper(), 1e-9);
        assertEquals(3, e.forks());
    }

    @Test
    void studentTIntervalIncludesASkewedMedianAndStopsAtZero() {
        Estimate e = ForkStats.estimate(new double[] {1.0, 1.0, 100.0});
        assertEquals(1.0, e.median());
        assertTrue(e.straddles(e.median()));
        assertEquals(0.0, e.lower(), "non-negative values give a non-negative bound");
    }

    @Test
    void sevenForksUseTheExtremes() {
        Estimate e = ForkStats.estimate(new double[] {7, 1, 6, 2, 5, 3, 4});
        assertEquals(new Estimate(4.0, 1.0, 7.0, 7), e);
    }

    @Test
    void tenForksDropOneValueEachSide() {
        Estimate e = ForkStats.estimate(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertEquals(new Estimate(5.5, 2.0, 9.0, 10), e);
    }

    @ParameterizedTest
    @CsvSource({"6,1", "8,1", "9,2", "11,2", "12,3", "20,6", "100,40"})
    void orderStatisticRankIsTheLargestWithNinetyFivePercentCoverage(int n, int k) {
        assertEquals(k, ForkStats.orderStatisticRank(n));
    }

    @Test
    void intervalContainsTheMedianAndWidensWithSpread() {
        for (int n = 2; n <= 12; n++) {
            double[] narrow = new double[n];
            double[] wide = new double[n];
            for (int i = 0; i < n; i++) {
                double deviation = (i % 3 - 1) * 0.5 + i * 0.1;
                narrow[i] = 100 + deviation;
                wide[i] = 100 + 4 * deviation;
            }
            Estimate a = ForkStats.estimate(narrow);
            Estimate b = ForkStats.estimate(wide);
            assertTrue(a.straddles(a.median()) && b.straddles(b.median()), "n=" + n);
            assertTrue(b.upper() - b.lower() > a.upper() - a.lower(), "n=" + n);
        }
    }

    @Test
    void identicalForksGiveAZeroWidthInterval() {
        assertEquals(new Estimate(3.0, 3.0, 3.0, 4), ForkStats.estimate(new double[] {3, 3, 3, 3}));
    }

    @Test
    void refusesNoValuesAndNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> ForkStats.estimate(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> ForkStats.estimate(new double[] {1, Double.NaN}));
    }
}
