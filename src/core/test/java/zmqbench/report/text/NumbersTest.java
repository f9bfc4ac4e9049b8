package zmqbench.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;

class NumbersTest {

    @Test
    void threeSignificantDigitsWithSuffixesFromTenThousand() {
        assertEquals("0", Numbers.value(0));
        assertEquals("0.350", Numbers.value(0.35));
        assertEquals("24.1", Numbers.value(24.14));
        assertEquals("10.0", Numbers.value(9.996));
        assertEquals("1234", Numbers.value(1234));
        assertEquals("12.3k", Numbers.value(12_345));
        assertEquals("123k", Numbers.value(123_456));
        assertEquals("1.23M", Numbers.value(1_234_567));
        assertEquals("1.00M", Numbers.value(999_999));
    }

    @Test
    void estimatesShareTheMediansScale() {
        assertEquals("24.1 ±0.3", Numbers.estimate(new Estimate(24_100, 23_800, 24_400, 5), 1000));
        assertEquals("3.46M ±0.04M", Numbers.estimate(new Estimate(3_460_000, 3_420_000, 3_500_000, 5), 1));
        assertEquals("3.46M", Numbers.estimate(new Estimate(3_460_000, 3_460_000, 3_460_000, 1), 1));
    }

    @Test
    void anIntervalNotSymmetricAboutTheMedianPrintsAsLowHigh() {
        // The case: 2-5 forks give a t interval centred on the mean and clipped at 0.
        assertEquals("30.6 [0, 95.1]", Numbers.estimate(new Estimate(30_600, 0, 95_100, 3), 1000));
        assertEquals("3.59M [1.20M, 6.30M]", Numbers.estimate(new Estimate(3_590_000, 1_200_000, 6_300_000, 3), 1));
        assertEquals("3.59M ±2.71M", Numbers.estimate(new Estimate(3_590_000, 880_000, 6_300_000, 3), 1));
        // Within 10% of each other, the sides print as one ±, the wider one.
        assertEquals("24.1 ±0.3", Numbers.estimate(new Estimate(24_100, 23_820, 24_400, 5), 1000));
    }

    @Test
    void ratiosWithTheirIntervals() {
        assertEquals("1.04x ±0.02", Numbers.ratio(new Estimate(1.04, 1.02, 1.06, 5)));
        assertEquals("0.52x [0.47, 0.58]", Numbers.ratio(new Estimate(0.52, 0.47, 0.58, 5)));
        assertEquals("2.00x [0.50, inf]", Numbers.ratio(new Estimate(2.0, 0.5, Double.POSITIVE_INFINITY, 2)));
        assertEquals("1.10x", Numbers.ratio(new Estimate(1.1, 1.1, 1.1, 1)));
    }

    @Test
    void ratiosPercentagesAndSizes() {
        assertEquals("1.04x", Numbers.ratio(1.04));
        assertEquals("12.5x", Numbers.ratio(12.5));
        assertEquals("153x", Numbers.ratio(153.2));
        assertEquals("+5.0%", Numbers.percent(0.05));
        assertEquals("-12%", Numbers.percent(-0.123));
        assertEquals("+0.0%", Numbers.percent(0));
        assertEquals("64 B", Numbers.size(64));
        assertEquals("1 KiB", Numbers.size(1024));
        assertEquals("1 MiB", Numbers.size(1 << 20));
        assertEquals("1000 B", Numbers.size(1000));
    }
}
