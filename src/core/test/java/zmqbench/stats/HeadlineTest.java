package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class HeadlineTest {

    @Test
    void latencyAnswersWithTheMedianRoundTripThroughputWithDeliveredMessages() {
        assertEquals(Figure.RTT_P50, Headline.figure(new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1)));
        assertEquals(Figure.RTT_P50, Headline.figure(new CellKey(ScenarioKind.OPEN_LOOP, Pattern.PAIR, Transport.TCP, 64, -1)));
        assertEquals(Figure.MSGS_PER_SEC, Headline.figure(new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1)));
    }

    @Test
    void theWiderSideOfTheIntervalCounts() {
        Estimate asymmetric = new Estimate(100, 98, 106, 3);
        assertEquals(0.06, Headline.relativeHalfWidth(asymmetric), 1e-12);
        assertFalse(Headline.converged(asymmetric, 0.05));
        assertTrue(Headline.converged(asymmetric, 0.06));
        assertTrue(Headline.converged(new Estimate(100, 96, 104, 5), 0.05));
    }

    @Test
    void oneForkOrAZeroMedianNeverConverges() {
        assertEquals(Double.POSITIVE_INFINITY, Headline.relativeHalfWidth(new Estimate(100, 100, 100, 1)));
        assertFalse(Headline.converged(new Estimate(0, 0, 0, 5), 0.5));
    }

    @Test
    void roundsNeededGrowsWithTheSpreadAndIsOneMoreRoundWhenAlmostThere() {
        // ±12% after 3 rounds: spread 0.12·√3/4.303 = 4.8%; t(n-1)·4.8%/√n ≤ 5% from n = 7
        assertEquals(7, Headline.roundsNeeded(0.12, 3, 0.05));
        assertEquals(4, Headline.roundsNeeded(0.0501, 3, 0.05), "a hair too wide: one more round");
        assertTrue(Headline.roundsNeeded(0.40, 3, 0.05) > Headline.roundsNeeded(0.20, 3, 0.05));
        assertEquals(Headline.MOST_ROUNDS_NEEDED, Headline.roundsNeeded(50.0, 3, 0.05));
    }

    @Test
    void roundsNeededHasNothingToSayAboutOneRoundOrNoPrecision() {
        assertEquals(0, Headline.roundsNeeded(Double.POSITIVE_INFINITY, 1, 0.05));
        assertEquals(0, Headline.roundsNeeded(0.2, 1, 0.05));
        assertEquals(0, Headline.roundsNeeded(0.2, 3, 0.0));
    }
}
