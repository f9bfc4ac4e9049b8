package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Warmup;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.scenario.SteadyRule;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/** Time to steady state, JIT time, warm-up messages and the within-fork spread, per fork and across forks. */
class WarmupFiguresTest {

    /** A fork as result files from before timed phases hold it: no warm-up, no JIT time. */
    private static final ForkResult FORK = fork(-1, null);

    private static ForkResult fork(long jitNs, Warmup warmup) {
        return ForkResult.builder(1, "ok").sent(1000).received(1000).measured(1000).elapsedNs(1_000_000_000L)
                .jitNs(jitNs).warmup(warmup).build();
    }

    private static Warmup warmup(String steadyState, double... measured) {
        List<TimelineWindow> timeline = new java.util.ArrayList<>();
        timeline.add(new TimelineWindow(100_000_000, 10, 1.0, false));
        for (int i = 0; i < measured.length; i++) {
            timeline.add(new TimelineWindow(200_000_000L + 100_000_000L * i, 10, measured[i], true));
        }
        return new Warmup(steadyState, 2_500_000_000L, 40_000, 100_000_000, timeline);
    }

    @Test
    void aSteadyForksFigures() {
        ForkResult fork = fork(300_000_000L, warmup(SteadyRule.STEADY, 90, 100, 110));
        assertEquals(2500, ForkFigures.value(fork, Figure.TIME_TO_STEADY_MS, 64).getAsDouble(), 1e-9);
        assertEquals(300, ForkFigures.value(fork, Figure.JIT_MS, 64).getAsDouble(), 1e-9);
        assertEquals(40_000, ForkFigures.value(fork, Figure.WARMUP_MESSAGES, 64).getAsDouble(), 1e-9);
        // mean 100, sample standard deviation 10: the warm-up window (1.0) is not part of it
        assertEquals(10, ForkFigures.value(fork, Figure.WINDOW_CV_PERCENT, 64).getAsDouble(), 1e-9);
        assertFalse(fork.notSteady());
    }

    @Test
    void whatIsNotMeasuredIsEmpty() {
        ForkResult fixed = fork(-1, warmup(SteadyRule.FIXED, 100));
        assertFalse(ForkFigures.value(fixed, Figure.TIME_TO_STEADY_MS, 64).isPresent(), "a fixed warm-up is not judged");
        assertFalse(ForkFigures.value(fixed, Figure.JIT_MS, 64).isPresent(), "C has no JIT");
        assertFalse(ForkFigures.value(fixed, Figure.WINDOW_CV_PERCENT, 64).isPresent(), "one measured window");
        for (Figure figure : List.of(Figure.TIME_TO_STEADY_MS, Figure.JIT_MS, Figure.WARMUP_MESSAGES,
                Figure.WINDOW_CV_PERCENT)) {
            assertFalse(ForkFigures.value(FORK, figure, 64).isPresent(), "a result file from before timed phases");
        }
    }

    @Test
    void aNotSteadyForkCountsWithItsCapAndIsFlagged() {
        ForkResult fork = fork(0, warmup(SteadyRule.NOT_STEADY, 100, 100));
        assertTrue(fork.notSteady());
        assertEquals(2500, ForkFigures.value(fork, Figure.TIME_TO_STEADY_MS, 64).getAsDouble(), 1e-9);
    }

    @Test
    void estimatesAcrossSyntheticForks() {
        CellKey key = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
        CellResult jeromq = SyntheticResults.throughputCell("jeromq", key, 1e6);
        CellResult c = SyntheticResults.throughputCell("c", key, 2e6);
        Estimate steady = jeromq.figure(Figure.TIME_TO_STEADY_MS);
        assertEquals(SyntheticResults.FORKS, steady.forks());
        assertEquals(2700, steady.median(), 1e-6, "25 warm-up windows of 100 ms, plus the fork number: median fork 2");
        assertTrue(c.figure(Figure.TIME_TO_STEADY_MS).median() < steady.median());
        assertEquals(null, c.figure(Figure.JIT_MS), "no JIT in C");
        assertTrue(jeromq.figure(Figure.WINDOW_CV_PERCENT).median() > 0);

        CellResult flagged = SyntheticResults.withNotSteady(jeromq, 0, 4);
        assertEquals(List.of(0, 4), flagged.notSteadyForks());
        assertEquals(SyntheticResults.FORKS, flagged.figure(Figure.TIME_TO_STEADY_MS).forks(),
                "not-steady forks are kept in the figures");
        Map<String, Estimate> figures = flagged.figures();
        assertEquals(jeromq.figures().keySet(), figures.keySet());
        assertEquals(CellResult.NOT_STEADY_NOTE + "forks 0, 4 of 5 reached the warm-up cap before steady state; "
                + "measured anyway and kept in the figures", flagged.notes().get(flagged.notes().size() - 1));
    }
}
