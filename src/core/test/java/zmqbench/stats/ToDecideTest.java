package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;

class ToDecideTest {

    private static final double MARGIN = 0.05;

    /** A ratio whose interval is {@code centre} times and over {@code factor} either side. */
    private static Estimate around(double centre, double factor) {
        return new Estimate(centre, centre / factor, centre * factor, 10);
    }

    @Test
    void aDecidedRatioNeedsNothing() {
        assertNull(ToDecide.of(around(1.0, 1.03), MARGIN, null), "same");
        assertNull(ToDecide.of(around(0.5, 1.2), MARGIN, null), "lower");
        assertNull(ToDecide.of(null, MARGIN, null));
        assertNull(ToDecide.of(new Estimate(1.0, 0.0, Double.POSITIVE_INFINITY, 1), MARGIN, null), "no interval");
    }

    @Test
    void theIntervalMustNarrowToItsCentresDistanceFromTheNearerBound() {
        // Centre 1.03, ±3% (log): 1.05 is 1.9% away, so the half-width must shrink by about 1.5x: 2.3x the data.
        ToDecide nearHigh = ToDecide.of(around(1.03, Math.exp(0.03)), MARGIN, null);
        assertEquals(1.05, nearHigh.bound(), 1e-12);
        double distance = Math.log(1.05) - Math.log(1.03);
        assertEquals(Math.expm1(distance), nearHigh.distance(), 1e-12);
        assertEquals(Math.pow(0.03 / distance, 2), nearHigh.dataFactor(), 1e-9);
        assertTrue(Double.isNaN(nearHigh.roundsFactor()), "not sliced: the rounds' share is not known");
        ToDecide nearLow = ToDecide.of(around(0.97, 1.04), MARGIN, null);
        assertEquals(0.95, nearLow.bound(), 1e-12);
        ToDecide beyond = ToDecide.of(around(0.92, 1.05), MARGIN, null);
        assertEquals(0.95, beyond.bound(), 1e-12, "outside the margin: the bound it must clear");
        assertEquals(Math.pow(Math.log(1.05) / (Math.log(0.95) - Math.log(0.92)), 2), beyond.dataFactor(), 1e-9);
    }

    @Test
    void aRatioOnTheBoundIsNeverDecided() {
        ToDecide onBound = ToDecide.of(around(1.05, 1.1), MARGIN, null);
        assertTrue(onBound.dataFactor() > 1e6, "no run long enough: " + onBound.dataFactor());
        assertEquals(0.0, onBound.distance(), 1e-12);
        ToDecide exactly = ToDecide.of(new Estimate(1.05, 1.0, 1.1025, 10), MARGIN, null);
        assertTrue(Double.isInfinite(exactly.dataFactor()) || exactly.dataFactor() > 1e6);
    }

    @Test
    void roundsAloneCannotNarrowWhatTheForksPartHolds() {
        Estimate ratio = around(1.02, 1.06);
        SliceStats.Split roundsOnly = new SliceStats.Split(0.0004, 0.0, 0.0, 0.0);
        ToDecide rounds = ToDecide.of(ratio, MARGIN, roundsOnly);
        assertEquals(rounds.dataFactor(), rounds.roundsFactor(), 1e-9, "no forks' part: rounds are all the data");
        SliceStats.Split someForks = new SliceStats.Split(0.00035, 0.00005, 0.00005, 0.0);
        ToDecide some = ToDecide.of(ratio, MARGIN, someForks);
        double target = 0.0004 / some.dataFactor();
        assertEquals(0.00035 / (target - 0.00005), some.roundsFactor(), 1e-9);
        assertTrue(some.roundsFactor() > some.dataFactor());
        SliceStats.Split forksHeavy = new SliceStats.Split(0.0001, 0.0003, 0.0002, 0.0001);
        assertTrue(Double.isInfinite(ToDecide.of(ratio, MARGIN, forksHeavy).roundsFactor()),
                "the forks' part alone is wider than the distance");
    }
}
