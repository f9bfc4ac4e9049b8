package zmqbench.report.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;

class UnitsTest {

    @Test
    void threeSignificantDigitsWithSuffixesFromTenThousand() {
        assertEquals("0", Units.number(0));
        assertEquals("0.350", Units.number(0.35));
        assertEquals("24.1", Units.number(24.14));
        assertEquals("10.0", Units.number(9.996));
        assertEquals("1234", Units.number(1234));
        assertEquals("12.3k", Units.number(12_345));
        assertEquals("123k", Units.number(123_456));
        assertEquals("1.23M", Units.number(1_234_567));
        assertEquals("1.00M", Units.number(999_999));
        assertEquals("24.1", Units.number(24_140, Unit.MICROSECONDS));
    }

    @Test
    void everyIntervalIsMedianThenLowerAndUpperInTheMediansScale() {
        assertEquals("24.1 [23.8, 24.4]", Units.estimate(new Estimate(24_100, 23_800, 24_400, 5), Unit.MICROSECONDS));
        assertEquals("3.46M [3.42M, 3.50M]",
                Units.estimate(new Estimate(3_460_000, 3_420_000, 3_500_000, 5), Unit.MSGS_PER_SEC));
        assertEquals("3.46M", Units.estimate(new Estimate(3_460_000, 3_460_000, 3_460_000, 1), Unit.MSGS_PER_SEC));
        assertEquals("1.50", Units.estimate(new Estimate(1536, 1536, 1536, 1), Unit.MEBIBYTES));
    }

    @Test
    void anIntervalClippedAtZeroShowsItsZero() {
        // A t interval centred on the mean is clipped at 0: shown as it is, never as a ±.
        assertEquals("349 [0, 1001]", Units.estimate(new Estimate(349, 0, 1001, 3), Unit.COUNT));
        assertEquals("30.6 [0, 95.1]", Units.estimate(new Estimate(30_600, 0, 95_100, 3), Unit.MICROSECONDS));
    }

    @Test
    void ratiosWithTheirIntervals() {
        assertEquals("0.97x [0.80, 1.14]", Units.ratio(new Estimate(0.97, 0.80, 1.14, 5)));
        assertEquals("1.04x [1.02, 1.06]", Units.ratio(new Estimate(1.04, 1.02, 1.06, 5)));
        assertEquals("2.00x [0.50, inf]", Units.ratio(new Estimate(2.0, 0.5, Double.POSITIVE_INFINITY, 2)));
        assertEquals("1.10x", Units.ratio(new Estimate(1.1, 1.1, 1.1, 1)));
        assertEquals("12.5x", Units.ratio(12.5));
        assertEquals("153x", Units.ratio(153.2));
        assertEquals("0.00340x [0.00100, 0.04000]", Units.ratio(new Estimate(0.0034, 0.001, 0.04, 3)));
        assertEquals("n/a", Units.ratio(Double.NaN));
    }

    @Test
    void percentagesAndDurations() {
        assertEquals("+5.0%", Units.change(0.05));
        assertEquals("-12%", Units.change(-0.123));
        assertEquals("+0.0%", Units.change(0));
        assertEquals("2.1%", Units.percent(0.021));
    }

    @Test
    void csvKeepsFourSignificantDigitsAndEveryDigitBeforeThePoint() {
        assertEquals("90127", Units.csv(90127.16396475349));
        assertEquals("24.14", Units.csv(24.137));
        assertEquals("1.023", Units.csv(1.0234));
        assertEquals("0.01235", Units.csv(0.012345));
        assertEquals("3460000", Units.csv(3_460_000.4));
        assertEquals("0", Units.csv(0));
        assertEquals("-12.35", Units.csv(-12.345));
        assertEquals("", Units.csv(Double.NaN));
    }

    @Test
    void figuresShowInUnitsForPeople() {
        assertEquals(Unit.MICROSECONDS, Unit.of(Figure.RTT_P50));
        assertEquals(Unit.MICROSECONDS, Unit.of(Figure.CPU_NS_PER_MSG));
        assertEquals(Unit.MEBIBYTES, Unit.of(Figure.PEAK_RSS_KB));
        assertEquals(Unit.MSGS_PER_SEC, Unit.of(Figure.MSGS_PER_SEC));
        for (Figure figure : Figure.values()) {
            Unit.of(figure); // every figure has a unit
        }
        assertFalse(Unit.hasRatio(Figure.WINDOW_CV_PERCENT));
        assertTrue(Unit.hasRatio(Figure.RTT_P50));
    }
}
