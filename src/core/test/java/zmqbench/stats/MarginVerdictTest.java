package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;

class MarginVerdictTest {

    private static Estimate ratio(double median, double lower, double upper) {
        return new Estimate(median, lower, upper, 20);
    }

    @Test
    void insideTheMarginIsTheSame() {
        Estimate ratio = ratio(1.02, 1.01, 1.03);
        assertEquals(MarginVerdict.SAME, MarginVerdict.of(ratio, 0.05));
        assertEquals("same (within ±5%)", MarginVerdict.SAME.describe(ratio, 0.05, "RTT p50"));
        assertEquals("same (within ±2.5%)", MarginVerdict.SAME.describe(ratio, 0.025, "RTT p50"));
    }

    @Test
    void beyondTheMarginNamesTheFigureAndDirection() {
        Estimate lower = ratio(0.79, 0.76, 0.82);
        assertEquals(MarginVerdict.LOWER, MarginVerdict.of(lower, 0.05));
        assertEquals("RTT p50 21% lower", MarginVerdict.LOWER.describe(lower, 0.05, "RTT p50"));
        Estimate higher = ratio(1.46, 1.40, 1.52);
        assertEquals(MarginVerdict.HIGHER, MarginVerdict.of(higher, 0.05));
        assertEquals("msg/s 46% higher", MarginVerdict.HIGHER.describe(higher, 0.05, "msg/s"));
    }

    @Test
    void straddlingABoundOrUnknownIsUndecided() {
        Estimate straddles = ratio(1.04, 1.01, 1.07);
        assertEquals(MarginVerdict.UNDECIDED, MarginVerdict.of(straddles, 0.05));
        assertEquals("undecided [1.01, 1.07]", MarginVerdict.UNDECIDED.describe(straddles, 0.05, "RTT p50"));
        assertEquals(MarginVerdict.UNDECIDED, MarginVerdict.of(null, 0.05));
        assertEquals(MarginVerdict.UNDECIDED, MarginVerdict.of(ratio(1.0, 0.0, Double.POSITIVE_INFINITY), 0.05));
        // a difference below the margin, however tight, is never "slower"
        assertEquals(MarginVerdict.SAME, MarginVerdict.of(ratio(1.02, 1.015, 1.025), 0.05));
    }
}
