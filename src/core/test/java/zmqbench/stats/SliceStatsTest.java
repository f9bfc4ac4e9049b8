package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;

class SliceStatsTest {

    /** Round r's weather: a factor shared by every slice of the round, 0.7 to 1.3. */
    private static double weather(int round) {
        return 1.0 + 0.3 * Math.sin(round * 1.7);
    }

    /** Slice noise independent of the weather: a small deterministic wobble per fork and round. */
    private static double noise(int fork, int round, int seed) {
        return 1.0 + 0.01 * Math.sin(round * 2.3 + fork * 0.9 + seed);
    }

    private static double[][] slices(double level, int forks, int rounds, int seed, double... forkFactors) {
        double[][] values = new double[forks][rounds];
        for (int f = 0; f < forks; f++) {
            for (int r = 0; r < rounds; r++) {
                double forkFactor = forkFactors.length > f ? forkFactors[f] : 1.0;
                values[f][r] = level * forkFactor * weather(r) * noise(f, r, seed);
            }
        }
        return values;
    }

    @Test
    void weatherSharedByARoundCancelsInTheRatio() {
        double[][] backend = slices(110.0, 2, 20, 1);
        double[][] baseline = slices(100.0, 2, 20, 2);
        Estimate ratio = SliceStats.ratio(backend, baseline);
        assertEquals(1.10, ratio.median(), 0.005);
        assertTrue(ratio.upper() / ratio.lower() < 1.02, "ratio interval " + ratio);
        assertEquals(20, ratio.forks());
        Estimate absolute = SliceStats.absolute(backend);
        assertTrue(absolute.upper() / absolute.lower() > 1.1, "the weather stays in an absolute figure " + absolute);
        assertTrue(absolute.lower() < 110.0 && 110.0 < absolute.upper());
    }

    @Test
    void forksThatDifferWidenTheInterval() {
        double[][] baseline = slices(100.0, 2, 20, 2);
        Estimate alike = SliceStats.ratio(slices(100.0, 2, 20, 1), baseline);
        Estimate differ = SliceStats.ratio(slices(100.0, 2, 20, 1, 0.9, 1.1), baseline);
        assertTrue(differ.upper() / differ.lower() > 3 * (alike.upper() / alike.lower() - 1) + 1,
                "alike " + alike + ", differ " + differ);
        assertTrue(SliceStats.forkPart(logs(slices(100.0, 2, 20, 1, 0.9, 1.1))).variance() > 0.0);
        assertTrue(SliceStats.forkPart(logs(slices(100.0, 2, 20, 1))).variance() < 1e-5, "alike: a 1% wobble");
    }

    @Test
    void missingSlicesAreSkippedAndTooFewRoundsGiveNoInterval() {
        double[][] backend = slices(50.0, 2, 5, 1);
        backend[0][2] = Double.NaN;
        backend[1][2] = Double.NaN;
        Estimate ratio = SliceStats.ratio(backend, slices(100.0, 2, 5, 2));
        assertEquals(4, ratio.forks());
        assertEquals(0.5, ratio.median(), 0.01);
        Estimate single = SliceStats.ratio(new double[][] {{2.0}}, new double[][] {{1.0}});
        assertEquals(2.0, single.median(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, single.upper());
        assertNull(SliceStats.ratio(new double[][] {{Double.NaN}}, new double[][] {{1.0}}));
    }

    @Test
    void aForkStartedLateCountsForLessAndIsLeftOutOfTheForksVarianceWhileItHasFewRounds() {
        double[][] three = slices(100.0, 3, 20, 1, 0.9, 1.1, 1.0);
        for (int r = 0; r < 18; r++) {
            three[2][r] = Double.NaN;
        }
        double[][] logs = logs(three);
        double effective = SliceStats.effectiveForks(logs);
        assertTrue(effective > 2.0 && effective < 2.2, "two rounds of a third fork add little: " + effective);
        assertEquals(3.0, SliceStats.effectiveForks(logs(slices(100.0, 3, 20, 1))), 1e-9);
        SliceStats.Squares squares = SliceStats.squares(logs);
        assertEquals(1, squares.forkDf(), "the late fork left out: two complete rounds are too few");
        assertEquals(20, squares.rounds());
        assertTrue(squares.forkVariance() > 0.0);
        for (int r = 10; r < 18; r++) {
            three[2][r] = 100.0 * weather(r);
        }
        assertEquals(2, SliceStats.squares(logs(three)).forkDf(), "ten complete rounds: all three forks");
    }

    @Test
    void theSplitSaysWhenForksNotRoundsHoldARatioOpen() {
        double[][] baseline = slices(100.0, 2, 20, 2);
        SliceStats.Split alike = SliceStats.split(slices(100.0, 2, 20, 1), baseline);
        SliceStats.Split differ = SliceStats.split(slices(100.0, 2, 20, 1, 0.9, 1.1), baseline);
        assertTrue(differ.forksDominate() && differ.rowForks() > differ.baselineForks(), differ.toString());
        assertTrue(!alike.forksDominate(), alike.toString());
        SliceStats.Split baseDiffers = SliceStats.split(slices(100.0, 2, 20, 1), slices(100.0, 2, 20, 2, 0.9, 1.1));
        assertTrue(baseDiffers.forksDominate() && baseDiffers.baselineForks() > baseDiffers.rowForks());
        assertNull(SliceStats.split(new double[][] {{2.0}}, new double[][] {{1.0}}));
    }

    private static double[][] logs(double[][] values) {
        double[][] logs = new double[values.length][];
        for (int f = 0; f < values.length; f++) {
            logs[f] = new double[values[f].length];
            for (int r = 0; r < values[f].length; r++) {
                logs[f][r] = Math.log(values[f][r]);
            }
        }
        return logs;
    }
}
