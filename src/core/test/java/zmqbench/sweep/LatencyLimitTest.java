package zmqbench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyLimitTest {

    @Test
    void aDurationReadsInItsUnit() {
        assertEquals(500_000, LatencyLimit.parseNanos("--p99-limit", "500us"));
        assertEquals(500_000, LatencyLimit.parseNanos("--p99-limit", "500µs"));
        assertEquals(1_000_000, LatencyLimit.parseNanos("--p99-limit", "1ms"));
        assertEquals(2_500_000, LatencyLimit.parseNanos("--p99-limit", "2.5ms"));
        assertEquals(750, LatencyLimit.parseNanos("--p99-limit", "750ns"));
        assertEquals(2_000_000_000L, LatencyLimit.parseNanos("--p99-limit", "2s"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "fast", "1 hour", "-1ms", "ms"})
    void aDurationWithoutItsUnitIsRefused(String text) {
        assertEquals("--p99-limit: expected a duration with its unit such as 500us, 1ms or 2.5ms, got '" + text + "'",
                assertThrows(IllegalArgumentException.class, () -> LatencyLimit.parseNanos("--p99-limit", text))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0ms", "0.1ns", "61s"})
    void aLimitOutOfRangeIsRefused(String text) {
        assertEquals("--p99-limit must be above 0 and at most 60s, got '" + text + "'",
                assertThrows(IllegalArgumentException.class, () -> LatencyLimit.parseNanos("--p99-limit", text))
                        .getMessage());
    }
}
