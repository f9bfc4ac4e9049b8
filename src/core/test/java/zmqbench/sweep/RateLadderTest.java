package zmqbench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RateLadderTest {

    @Test
    void theDefaultLadderDoublesFromItsStartToItsCap() {
        RateLadder ladder = RateLadder.geometric(RateLadder.DEFAULT_START, RateLadder.DEFAULT_FACTOR,
                RateLadder.DEFAULT_CAP);
        assertEquals(List.of(5_000L, 10_000L, 20_000L, 40_000L, 80_000L, 160_000L, 320_000L, 640_000L), ladder.rates());
    }

    @Test
    void aLadderStopsAtTheCapAndRoundsEachRate() {
        assertEquals(List.of(1000L, 1500L, 2250L, 3375L), RateLadder.geometric(1000, 1.5, 4000).rates());
        assertEquals(List.of(7L), RateLadder.geometric(7, 2, 7).rates());
    }

    @Test
    void aSmallFactorStillRisesByAtLeastOne() {
        assertEquals(List.of(1L, 2L, 3L, 4L), RateLadder.geometric(1, 1.01, 4).rates());
    }

    @Test
    void aLadderLongerThanTheBoundIsRefusedWithWhatToChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RateLadder.geometric(1, 1.1, 1_000_000));
        assertTrue(e.getMessage().contains("at most " + RateLadder.MAX_STEPS + " steps"), e.getMessage());
        assertTrue(e.getMessage().contains("--rate-factor"), e.getMessage());
    }

    @Test
    void badFactorsAndCapsAreRefused() {
        assertEquals("--rate-factor must be above 1 and at most 100, got 1.0",
                assertThrows(IllegalArgumentException.class, () -> RateLadder.geometric(1000, 1, 5000)).getMessage());
        assertEquals("--rate-cap must be at least the start rate (--rate) 1000, got 500",
                assertThrows(IllegalArgumentException.class, () -> RateLadder.geometric(1000, 2, 500)).getMessage());
    }

    @Test
    void aListMustRiseAndStayInRange() {
        assertEquals("--rates must rise: 1000 after 2000",
                assertThrows(IllegalArgumentException.class, () -> new RateLadder(List.of(2000L, 1000L))).getMessage());
        assertEquals("--rates must rise: 2000 after 2000",
                assertThrows(IllegalArgumentException.class, () -> new RateLadder(List.of(2000L, 2000L))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RateLadder(List.of(0L)))
                .getMessage().startsWith("--rates: a rate must be from 1 to"));
        assertThrows(IllegalArgumentException.class, () -> new RateLadder(List.of()));
    }

    @Test
    void ratesReadWithThousandsAndMillions() {
        assertEquals(20_000, RateLadder.parseRate("--rates", "20k"));
        assertEquals(1_500_000, RateLadder.parseRate("--rates", "1.5M"));
        assertEquals(250, RateLadder.parseRate("--rates", " 250 "));
        for (String bad : List.of("fast", "", "1.5", "-5k", "k", "0x10")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RateLadder.parseRate("--rates", bad));
            assertEquals("--rates: expected a rate in messages per second such as 20000, 20k or 1.5M, got '"
                    + bad + "'", e.getMessage());
        }
    }
}
