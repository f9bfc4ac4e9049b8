package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import zmqbench.results.LatencySummary;
import zmqbench.results.PercentilePoint;

class LatencyStatsTest {

    /** 1..n µs, one sample each, recorded in ns. */
    private static Histogram uniformMicros(int n) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        for (int i = 1; i <= n; i++) {
            h.recordValue(i * 1000L);
        }
        return h;
    }

    private static void assertNear(double expected, long actual, Histogram h) {
        // HdrHistogram reports the top of the bucket holding the value: within its precision.
        double tolerance = h.sizeOfEquivalentValueRange((long) expected);
        assertTrue(Math.abs(actual - expected) <= tolerance, () -> "expected ~" + expected + ", got " + actual);
    }

    @Test
    void percentilesOfKnownSamples() {
        Histogram h = uniformMicros(10_000);
        LatencySummary s = LatencyStats.summarize(h);
        assertEquals(10_000, s.count());
        assertNear(1_000, s.min(), h);
        assertNear(5_000_000, s.p50(), h);
        assertNear(9_000_000, s.p90(), h);
        assertNear(9_900_000, s.p99(), h);
        assertNear(9_990_000, s.p999(), h);
        assertNear(9_999_000, s.p9999(), h);
        assertNear(10_000_000, s.max(), h);
        assertEquals(5_000_500, s.mean(), 5_000_500 * 0.001);
        assertEquals(2_886_895, s.stddev(), 2_886_895 * 0.01);
    }

    @Test
    void p9999NeedsTenThousandSamples() {
        assertEquals(-1, LatencyStats.summarize(uniformMicros(9_999)).p9999());
        assertTrue(LatencyStats.summarize(uniformMicros(10_000)).p9999() > 0);
    }

    @Test
    void emptyHistogramSummarisesToZeros() {
        LatencySummary s = LatencyStats.summarize(new Histogram(3));
        assertEquals(0, s.count());
        assertEquals(0, s.p50());
        assertEquals(-1, s.p9999());
        assertTrue(LatencyStats.curve(new Histogram(3)).isEmpty());
    }

    @Test
    void curveRunsFromMinimumToMaximumWithFiveTicksPerHalfDistance() {
        Histogram h = uniformMicros(10_000);
        List<PercentilePoint> curve = LatencyStats.curve(h);
        PercentilePoint first = curve.get(0);
        PercentilePoint last = curve.get(curve.size() - 1);
        assertEquals(0.0, first.percentile());
        assertEquals(h.getValueAtPercentile(0), first.valueNs());
        assertEquals(100.0, last.percentile());
        assertEquals(h.getMaxValue(), last.valueNs());
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).percentile() > curve.get(i - 1).percentile(), "percentiles rise");
            assertTrue(curve.get(i).valueNs() >= curve.get(i - 1).valueNs(), "values never fall");
        }
        assertEquals(5, curve.stream().filter(p -> p.percentile() < 50).count());
        assertEquals(5, curve.stream().filter(p -> p.percentile() >= 50 && p.percentile() < 75).count());
        assertEquals(5, curve.stream().filter(p -> p.percentile() >= 75 && p.percentile() < 87.5).count());
        assertTrue(curve.stream().anyMatch(p -> p.percentile() > 99.9 && p.percentile() < 100), "reaches the tail");
    }
}
