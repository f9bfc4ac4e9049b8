package zmqbench.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;

class RatioChangeTest {

    @Test
    void theChangeIsTheQuotientWithHalfWidthsInQuadratureOnTheLogScale() {
        Estimate before = new Estimate(2.0, 2.0 / 1.03, 2.0 * 1.03, 40);
        Estimate after = new Estimate(2.4, 2.4 / 1.04, 2.4 * 1.04, 30);
        Estimate change = RatioChange.between(before, after);
        double halfWidth = Math.hypot(Math.log(1.03), Math.log(1.04));
        assertEquals(1.2, change.median(), 1e-12);
        assertEquals(1.2 * Math.exp(-halfWidth), change.lower(), 1e-12);
        assertEquals(1.2 * Math.exp(halfWidth), change.upper(), 1e-12);
        assertEquals(30, change.forks());
    }

    @Test
    void aLopsidedIntervalKeepsItsSidesApart() {
        // A's interval reaches further up than down: B/A can then be lower, not higher.
        Estimate before = new Estimate(1.0, 1.0, 1.5, 5);
        Estimate same = new Estimate(1.0, 1.0, 1.0, 5);
        Estimate change = RatioChange.between(before, same);
        assertEquals(1.0 / 1.5, change.lower(), 1e-12);
        assertEquals(1.0, change.upper(), 1e-12);
    }

    @Test
    void anUnboundedSideStaysUnboundedAndAZeroRatioHasNoChange() {
        Estimate one = new Estimate(1.0, 0.9, 1.1, 5);
        Estimate unknown = new Estimate(1.0, 0.0, Double.POSITIVE_INFINITY, 1);
        Estimate change = RatioChange.between(one, unknown);
        assertEquals(0.0, change.lower());
        assertEquals(Double.POSITIVE_INFINITY, change.upper());
        assertNull(RatioChange.between(new Estimate(0.0, 0.0, 0.1, 5), one));
        assertNull(RatioChange.between(one, new Estimate(0.0, 0.0, 0.1, 5)));
    }
}
