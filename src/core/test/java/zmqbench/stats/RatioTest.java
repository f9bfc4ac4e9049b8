package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

class RatioTest {

    private static final CellKey LATENCY = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final CellKey THROUGHPUT = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);

    @Test
    void identicalCellsHaveRatioOneThatIsNotSignificant() {
        CellResult a = SyntheticResults.latencyCell("jni", LATENCY, 20_000);
        CellResult b = SyntheticResults.latencyCell("c", LATENCY, 20_000);
        for (Figure figure : new Figure[] {Figure.RTT_P50, Figure.RTT_P99, Figure.CPU_NS_PER_MSG}) {
            Estimate ratio = Ratio.of(a, b, figure);
            assertEquals(1.0, ratio.median(), 1e-12, figure.key());
            assertTrue(ratio.straddles(1.0), figure.key());
            assertTrue(ratio.lower() < 1.0 && ratio.upper() > 1.0, figure.key());
        }
    }

    @Test
    void aClearDifferenceExcludesOne() {
        Estimate ratio = Ratio.of(SyntheticResults.throughputCell("jeromq", THROUGHPUT, 1e6),
                SyntheticResults.throughputCell("c", THROUGHPUT, 2e6), Figure.MSGS_PER_SEC);
        assertEquals(0.5, ratio.median(), 1e-9);
        assertFalse(ratio.straddles(1.0));
        assertTrue(ratio.straddles(0.5));
        assertEquals(SyntheticResults.FORKS, ratio.forks());
    }

    @Test
    void theIntervalIsTheSameEveryTime() {
        CellResult a = SyntheticResults.latencyCell("jni", LATENCY, 21_000);
        CellResult b = SyntheticResults.latencyCell("c", LATENCY, 20_000);
        assertEquals(Ratio.of(a, b, Figure.RTT_P50), Ratio.of(a, b, Figure.RTT_P50));
    }

    @Test
    void noRatioWithoutTheFigureOrWithAFailedSide() {
        CellResult ok = SyntheticResults.latencyCell("jni", LATENCY, 20_000);
        CellResult failed = SyntheticResults.failedCell("c", LATENCY, "lost 3 round trips");
        assertNull(Ratio.of(ok, failed, Figure.RTT_P50));
        assertNull(Ratio.of(failed, ok, Figure.RTT_P50));
        assertNull(Ratio.of(ok, ok, Figure.MSGS_PER_SEC));
        CellResult c = SyntheticResults.latencyCell("c", LATENCY, 20_000);
        assertNull(Ratio.of(ok, c, Figure.ALLOC_BYTES_PER_MSG), "C does not allocate on a JVM heap");
    }

    @Test
    void threeForksASideGiveWelchsIntervalOnLogarithms() {
        double[] a = {10, 11, 12};
        double[] b = {5, 5.5, 6};
        // Same spread of logarithms on both sides: s² = var(ln 10, ln 11, ln 12), df = 2, t = 4.3027.
        double mean = (Math.log(10) + Math.log(11) + Math.log(12)) / 3;
        double variance = (Math.pow(Math.log(10) - mean, 2) + Math.pow(Math.log(11) - mean, 2)
                + Math.pow(Math.log(12) - mean, 2)) / 2;
        double halfWidth = 4.3027 * Math.sqrt(2 * variance / 3);
        Estimate ratio = Ratio.of(a, b);
        assertEquals(2.0, ratio.median(), 1e-12);
        assertEquals(2.0 * Math.exp(-halfWidth), ratio.lower(), 1e-9);
        assertEquals(2.0 * Math.exp(halfWidth), ratio.upper(), 1e-9);
        assertEquals(3, ratio.forks());
    }

    @Test
    void zerosFallBackToTheOverlapOfTheTwoIntervals() {
        Estimate ratio = Ratio.of(new double[] {0, 1, 2, 1, 1, 1, 1}, new double[] {1, 2, 2, 2, 2, 2, 3});
        assertEquals(0.5, ratio.median(), 1e-12);
        assertEquals(0.0 / 3.0, ratio.lower(), 1e-12);
        assertEquals(2.0 / 1.0, ratio.upper(), 1e-12);
    }

    @Test
    void singleForksHaveNoIntervalUnlessTheOtherSideShowsTheNoise() {
        Estimate none = Ratio.of(new double[] {10}, new double[] {5});
        assertEquals(0.0, none.lower());
        assertEquals(Double.POSITIVE_INFINITY, none.upper());
        Estimate borrowed = Ratio.of(new double[] {10}, new double[] {5, 5.1, 4.9, 5.05, 4.95});
        assertTrue(borrowed.lower() > 1.0 && borrowed.upper() < 3.0, borrowed::toString);
    }
}
