package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SliceStopTest {

    private static double[][] steady(double level, int rounds, double wobble) {
        double[][] values = new double[2][rounds];
        for (int f = 0; f < 2; f++) {
            for (int r = 0; r < rounds; r++) {
                values[f][r] = level * (1.0 + wobble * Math.sin(r * 2.1 + f * 1.3));
            }
        }
        return values;
    }

    private static Map<String, double[][]> rows(int rounds, double jniLevel, double wobble) {
        Map<String, double[][]> rows = new LinkedHashMap<>();
        rows.put("c", steady(100.0, rounds, 0.01));
        rows.put("jni", steady(jniLevel, rounds, wobble));
        return rows;
    }

    /** c and jni level and steady, but jni's second fork {@code factor} times its first in every round. */
    private static Map<String, double[][]> jniForksDiffer(int rounds, double factor) {
        Map<String, double[][]> rows = rows(rounds, 100.0, 0.01);
        for (int r = 0; r < rounds; r++) {
            rows.get("jni")[1][r] *= factor;
        }
        return rows;
    }

    @Test
    void stopsOnceEveryRatioIsDecidedButNeverBeforeTheFewestRounds() {
        SliceStop stop = new SliceStop("c", 0.05, 0.05);
        assertNull(stop.stop(stop.open(rows(SliceStop.MIN_ROUNDS - 1, 100.0, 0.01)), Set.of(), SliceStop.MIN_ROUNDS - 1,
                0, 1, 100));
        assertEquals(SliceStop.Reason.DECIDED, stop.stop(stop.open(rows(10, 100.0, 0.01)), Set.of(), 10, 0, 1, 100));
        assertEquals(SliceStop.Reason.DECIDED, stop.stop(stop.open(rows(10, 150.0, 0.01)), Set.of(), 10, 0, 1, 100));
    }

    @Test
    void aRatioAtTheMarginKeepsGoingUntilTheBudget() {
        SliceStop stop = new SliceStop("c", 0.05, 0.05);
        Map<String, double[][]> near = rows(10, 105.0, 0.2);
        assertTrue(stop.open(near).get("jni").startsWith("undecided ["), stop.open(near).toString());
        assertNull(stop.stop(stop.open(near), Set.of(), 10, 0, 10, 100));
        assertEquals(SliceStop.Reason.TIME_BUDGET, stop.stop(stop.open(near), Set.of(), 10, 95, 10, 100));
        assertEquals(SliceStop.Reason.MAX_ROUNDS,
                stop.stop(stop.open(near), Set.of(), SliceStop.MAX_ROUNDS, 0, 1, Long.MAX_VALUE));
    }

    @Test
    void withoutABaselineTheFiguresPrecisionDecides() {
        SliceStop stop = new SliceStop(null, 0.05, 0.05);
        assertEquals(SliceStop.Reason.DECIDED, stop.stop(stop.open(rows(10, 100.0, 0.01)), Set.of(), 10, 0, 1, 100));
        assertEquals(1, stop.open(rows(10, 100.0, 0.5)).size());
    }

    @Test
    void aRowRestsOnceDecidedTwoRoundsInARowButNeverTheBaselineNorBeforeTheFewestRounds() {
        SliceStop stop = new SliceStop("c", 0.05, 0.05);
        Set<String> rows = Set.of("c", "jni", "jna");
        Map<String, String> jnaOpen = Map.of("jna", "undecided [0.93, 1.08]");
        assertEquals(Set.of("jni"), stop.resting(rows, jnaOpen, jnaOpen, Set.of(), SliceStop.MIN_ROUNDS));
        assertEquals(Set.of(), stop.resting(rows, Map.of("jni", "undecided"), jnaOpen, Set.of(), SliceStop.MIN_ROUNDS),
                "decided this round only");
        assertEquals(Set.of(), stop.resting(rows, jnaOpen, jnaOpen, Set.of(), SliceStop.MIN_ROUNDS - 1));
        assertEquals(Set.of("c", "jni"), new SliceStop(null, 0.05, 0.05).resting(rows, jnaOpen, jnaOpen, Set.of(), 9),
                "without a baseline every row is its own answer");
    }

    @Test
    void aRatioHeldOpenByItsPairsIsOneMoreRoundsCannotDecideAndItsRowRests() {
        SliceStop stop = new SliceStop("c", 0.05, 0.05);
        Map<String, double[][]> rows = jniForksDiffer(20, 1.12);
        rows.put("jna", steady(103.0, 20, 0.3));
        Map<String, String> open = stop.open(rows);
        assertEquals(Set.of("jni", "jna"), open.keySet(), open.toString());
        assertEquals(Set.of("jni"), stop.pairsDiffer(rows, open), "jna's slices, not its pairs, hold it open");
        Set<String> all = Set.of("c", "jni", "jna");
        assertEquals(Set.of("jni"), stop.resting(all, open, open, Set.of("jni"), 20));
        assertNull(stop.stop(open, Set.of("jni"), 20, 0, 1, 100), "jna may still be decided");
        assertEquals(SliceStop.Reason.PAIRS_DIFFER, stop.stop(Map.of("jni", "undecided"), Set.of("jni"), 20, 0, 1, 100));
        assertEquals(Set.of(), new SliceStop(null, 0.05, 0.05).pairsDiffer(rows, open), "no ratios without a baseline");
    }

    @Test
    void anotherForkGoesToTheSideWhoseForksDifferWhileTheCallerAllowsIt() {
        SliceStop stop = new SliceStop("c", 0.05, 0.05);
        Map<String, double[][]> rows = jniForksDiffer(10, 1.2);
        Map<String, String> open = stop.open(rows);
        assertTrue(open.containsKey("jni"), open.toString());
        assertEquals("jni", stop.anotherFork(rows, open, 10, row -> true));
        assertNull(stop.anotherFork(rows, open, 10, row -> false), "at its most forks, or no room left");
        assertNull(stop.anotherFork(rows, open, SliceStop.MIN_ROUNDS - 1, row -> true));
        Map<String, double[][]> baseDiffers = rows(10, 100.0, 0.01);
        for (int r = 0; r < 10; r++) {
            baseDiffers.get("c")[1][r] *= 1.2;
        }
        assertEquals("c", stop.anotherFork(baseDiffers, stop.open(baseDiffers), 10, row -> true));
        Map<String, double[][]> roundsNoisy = rows(10, 103.0, 0.3);
        assertNull(stop.anotherFork(roundsNoisy, stop.open(roundsNoisy), 10, row -> true),
                "slices, not forks, hold it open");
        assertNull(new SliceStop(null, 0.05, 0.05).anotherFork(rows, open, 10, row -> true));
    }
}
