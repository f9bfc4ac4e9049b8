package zmqbench.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Durations with a unit, plain counts, and auto where a warm-up allows it; every error names the option. */
class PhaseOptionTest {

    @Test
    void goodValues() {
        assertEquals(PhaseOption.time(2_000), PhaseOption.parse("--warmup", " 2S ", true));
        assertEquals(PhaseOption.time(250), PhaseOption.parse("--measure", "250ms", false));
        assertEquals(PhaseOption.count(0), PhaseOption.parse("--warmup", "0", true));
        assertEquals(PhaseOption.auto(), PhaseOption.parse("--warmup", "auto", true));
        assertEquals(10_000, PhaseOption.parseMillis("--warmup-cap", "10s"));
    }

    @Test
    void badValuesNameTheOption() {
        for (String bad : new String[] {"1.5s", "-5", "2 s", "2min", "", "auto"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PhaseOption.parse("--measure", bad, false), bad);
            assertEquals("--measure: expected a duration such as 500ms or 2s, or a count such as 20000, got '" + bad
                    + "'", e.getMessage());
        }
        assertEquals("--warmup: '99999999999999999999' is too large", assertThrows(IllegalArgumentException.class,
                () -> PhaseOption.parse("--warmup", "99999999999999999999", true)).getMessage());
        assertEquals("--window: '9999999999999999999s' is too large", assertThrows(IllegalArgumentException.class,
                () -> PhaseOption.parseMillis("--window", "9999999999999999999s")).getMessage());
        assertEquals("--window: expected a duration such as 500ms or 10s, got '100'",
                assertThrows(IllegalArgumentException.class, () -> PhaseOption.parseMillis("--window", "100")).getMessage());
    }
}
