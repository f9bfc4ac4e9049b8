package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The steady-state test on synthetic window values and JIT readings. */
class SteadyRuleTest {

    private static final SteadyRule RULE = new SteadyRule(100, 5, 5, 1);

    @Test
    void theLastWindowsMedianWithinTheToleranceOfTheMedianBeforeIsSteady() {
        double[] values = {10, 1000, 2000, 100, 101, 99, 104, 96, 101, 98, 103, 102, 97};
        assertTrue(RULE.agrees(values, values.length, new double[5]));
    }

    @Test
    void windowsThatScatterAroundASettledLevelAreSteady() {
        double[] values = {100, 80, 120, 85, 115, 118, 82, 100, 119, 81};
        assertTrue(RULE.agrees(values, values.length, new double[5]), "medians 100 and 100");
    }

    @Test
    void aLevelStillRisingIsNotSteady() {
        double[] values = {100, 101, 99, 100, 100, 106, 105, 107, 106, 105};
        assertFalse(RULE.agrees(values, values.length, new double[5]), "medians 100 and 106");
    }

    @Test
    void fewerThanTwiceKWindowsAreNeverSteady() {
        double[] values = {100, 100, 100, 100, 100, 100, 100, 100, 100};
        assertFalse(RULE.agrees(values, values.length, new double[5]));
    }

    @Test
    void onlyTheFirstCountValuesCount() {
        double[] values = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 5000, 5000, 5000};
        assertTrue(RULE.agrees(values, 10, new double[5]));
        assertFalse(RULE.agrees(values, 13, new double[5]));
    }

    @Test
    void aDecimalToleranceIsAPercentage() {
        SteadyRule tight = new SteadyRule(100, 3, 2.5, 1);
        assertTrue(tight.agrees(new double[] {100, 100, 100, 102.4, 102.4, 102.4}, 6, new double[3]));
        assertFalse(tight.agrees(new double[] {100, 100, 100, 102.6, 102.6, 102.6}, 6, new double[3]));
    }

    @Test
    void zeroWindowsAreNeverSteady() {
        assertFalse(RULE.agrees(new double[10], 10, new double[5]));
    }

    @Test
    void jitIsQuietWhenItGrewAtMostTheThresholdOverTheLastKWindows() {
        long[] jit = {50, 90, 120, 130, 130, 130, 131, 131, 131};
        assertTrue(RULE.jitQuiet(jit, jit.length, 0));
        assertFalse(RULE.jitQuiet(jit, 7, 0), "130 before the last five windows would be the window ending at 120");
    }

    @Test
    void theFirstKWindowsAreMeasuredFromTheRunsStart() {
        long[] jit = {10, 10, 10, 10, 10};
        assertTrue(RULE.jitQuiet(jit, 5, 10));
        assertFalse(RULE.jitQuiet(jit, 5, 8));
    }

    @Test
    void percentagesAreWrittenWithoutTrailingZeros() {
        assertEquals("5", SteadyRule.decimal(5.0));
        assertEquals("2.5", SteadyRule.decimal(2.5));
        assertEquals("0.25", SteadyRule.decimal(0.25));
    }
}
