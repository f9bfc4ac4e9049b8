package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class PairedRatioTest {

    private static final CellKey KEY = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final long MESSAGES = 1_000_000;

    /** A throughput fork delivering {@code msgsPerSec}, recorded in {@code round} (0: none). */
    private static ForkResult fork(int round, double msgsPerSec) {
        long elapsedNs = Math.round(MESSAGES * 1e9 / msgsPerSec);
        return ForkResult.builder(round, "ok").round(round).sent(MESSAGES).received(MESSAGES).measured(MESSAGES)
                .elapsedNs(elapsedNs).enqueueNs(elapsedNs).build();
    }

    private static CellResult cell(String backend, boolean rounds, double... msgsPerSec) {
        List<ForkResult> forks = new ArrayList<>();
        for (int i = 0; i < msgsPerSec.length; i++) {
            forks.add(fork(rounds ? i + 1 : 0, msgsPerSec[i]));
        }
        return CellResult.builder(backend, KEY, "ok").versions("1", "4.3.4").placement("none")
                .figures(ForkFigures.estimates(forks, KEY.size())).forks(forks).build();
    }

    @Test
    void driftSharedWithinARoundCancels() {
        // The machine slows down round by round, for both backends alike: jni is always half of c.
        double[] c = {2e6, 1.5e6, 1e6, 1.8e6, 1.2e6};
        double[] jni = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            jni[i] = c[i] * (i % 2 == 0 ? 0.50 : 0.51);
        }
        Estimate paired = Ratio.of(cell("jni", true, jni), cell("c", true, c), Figure.MSGS_PER_SEC);
        Estimate unpaired = Ratio.of(cell("jni", false, jni), cell("c", false, c), Figure.MSGS_PER_SEC);
        assertTrue(paired.upper() - paired.lower() < 0.03, paired.toString());
        assertFalse(paired.straddles(1.0));
        assertTrue(paired.straddles(0.505), paired.toString());
        assertTrue(unpaired.upper() - unpaired.lower() > 10 * (paired.upper() - paired.lower()),
                "independent forks see the drift: " + unpaired);
        assertEquals(c.length, paired.forks());
    }

    @Test
    void onlyRoundsBothSidesHavePairUp() {
        List<ForkResult> a = List.of(fork(1, 1e6), fork(2, 1.1e6), fork(3, 0.9e6));
        List<ForkResult> b = List.of(fork(2, 2.2e6), fork(3, 1.8e6), fork(4, 2e6));
        Estimate ratio = PairedRatio.of(0.5, a, b, Figure.MSGS_PER_SEC, 64);
        assertEquals(2, ratio.forks());
        assertEquals(0.5, ratio.lower(), 1e-6, "both paired rounds are exactly 1/2");
        assertEquals(0.5, ratio.upper(), 1e-6);
    }

    @Test
    void fewerThanTwoPairsOrUnrecordedRoundsGiveNoPairedInterval() {
        assertNull(PairedRatio.of(1, List.of(fork(1, 1e6)), List.of(fork(1, 1e6)), Figure.MSGS_PER_SEC, 64));
        assertNull(PairedRatio.of(1, List.of(fork(0, 1e6), fork(0, 2e6)), List.of(fork(0, 1e6), fork(0, 2e6)),
                Figure.MSGS_PER_SEC, 64));
        ForkResult failed = ForkResult.builder(2, "lost 1").round(2).sent(1).build();
        assertNull(PairedRatio.of(1, List.of(fork(1, 1e6), failed), List.of(fork(1, 1e6), fork(2, 1e6)),
                Figure.MSGS_PER_SEC, 64), "a failed fork does not pair");
    }

    @Test
    void valuesByRoundPairUpAsForksDo() {
        // a tool and a plain program run back to back: the machine drifts, the ratio stays 1.02
        Map<Integer, Double> plain = Map.of(1, 3e6, 2, 4e6, 3, 3.5e6, 4, 2.5e6);
        Map<Integer, Double> tool = new TreeMap<>();
        plain.forEach((round, value) -> tool.put(round, value * (round % 2 == 0 ? 1.01 : 1.03)));
        Estimate ratio = Ratio.paired(tool, plain);
        assertEquals(1.02, ratio.median(), 0.02, "medians' ratio");
        assertTrue(ratio.lower() > 0.99 && ratio.upper() < 1.05, ratio.toString());
        assertEquals(4, ratio.forks());
    }

    @Test
    void valuesWithoutSharedRoundsFallBackToIndependentSamples() {
        Estimate ratio = Ratio.paired(Map.of(1, 2.0, 2, 2.2), Map.of(3, 1.0, 4, 1.1));
        assertEquals(2.0, ratio.median(), 1e-9);
        assertTrue(ratio.straddles(2.0) && ratio.upper() - ratio.lower() > 0.0, ratio.toString());
        assertNull(Ratio.paired(Map.of(), Map.of(1, 1.0)));
    }
}
