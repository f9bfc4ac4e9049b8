package zmqbench.scenario;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


/**
 * The options' phases: durations with a unit, plain counts, and auto (capped at the default) where a
 * warm-up allows it; every error names the option.
 */
class PhaseTest {

    @Test
    void goodValues() {
        assertEquals(Phase.millis(2_000), Phase.parse("--warmup", " 2S ", true));
        assertEquals(Phase.millis(250), Phase.parse("--measure", "250ms", false));
        assertEquals(Phase.count(0), Phase.parse("--warmup", "0", true));
        assertEquals(Phase.auto(PhaseDefaults.WARMUP_CAP_MS), Phase.parse("--warmup", "auto", true));
        assertEquals(10_000, Phase.parseMillis("--warmup-cap", "10s"));
    }

    @Test
    void badValuesNameTheOption() {
        for (String bad : new String[] {"1.5s", "-5", "2 s", "2min", "", "auto"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Phase.parse("--measure", bad, false), bad);
            assertEquals("--measure: expected a duration such as 500ms or 2s, or a count such as 20000, got '" + bad
                    + "'", e.getMessage());
        }
        assertEquals("--warmup: '99999999999999999999' is too large", assertThrows(IllegalArgumentException.class,
                () -> Phase.parse("--warmup", "99999999999999999999", true)).getMessage());
        assertEquals("--window: '9999999999999999999s' is too large", assertThrows(IllegalArgumentException.class,
                () -> Phase.parseMillis("--window", "9999999999999999999s")).getMessage());
        assertEquals("--window: expected a duration such as 500ms or 10s, got '100'",
                assertThrows(IllegalArgumentException.class, () -> Phase.parseMillis("--window", "100")).getMessage());
    }
}
