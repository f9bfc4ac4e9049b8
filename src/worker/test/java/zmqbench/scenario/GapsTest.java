package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Gaps as the user writes them and as reports print them. */
class GapsTest {

    @Test
    void everyUnitParses() {
        assertEquals(500, Gaps.parse("--gap", "500ns"));
        assertEquals(100_000, Gaps.parse("--gap", "100us"));
        assertEquals(100_000, Gaps.parse("--gap", "100µs"));
        assertEquals(1_500_000, Gaps.parse("--gap", "1.5ms"));
        assertEquals(2_000_000_000L, Gaps.parse("--gap", "2s"));
        assertEquals(10_000_000, Gaps.parse("--gap", " 10MS "));
    }

    @Test
    void aGapNeedsAUnitAndMustBePositive() {
        for (String bad : new String[] {"100", "0ms", "-1ms", "ms", "1 hour", "1m"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gaps.parse("--gap", bad));
            assertEquals("--gap: expected a quiet gap such as 100us, 1ms or 1s, got '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void printedInTheLargestWholeUnit() {
        assertEquals("100µs", Gaps.format(100_000));
        assertEquals("1ms", Gaps.format(1_000_000));
        assertEquals("1.5ms", Gaps.format(1_500_000));
        assertEquals("2s", Gaps.format(2_000_000_000L));
        assertEquals("750ns", Gaps.format(750));
        for (long gap : Gaps.DEFAULT_NS) {
            assertEquals(gap, Gaps.parse("--gap", Gaps.format(gap)), "printed gaps parse back");
        }
    }
}
