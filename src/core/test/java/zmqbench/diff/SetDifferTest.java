package zmqbench.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SetsBeforeTypedOptions;
import zmqbench.testing.SyntheticResults;

class SetDifferTest {

    private static final ResultSet BEFORE = SyntheticResults.fullSet();

    @Test
    void aSetDiffedWithItselfHasNothingChanged() {
        SetDiff diff = SetDiffer.diff(BEFORE, BEFORE, false);
        assertTrue(diff.nothingChanged());
        assertFalse(diff.changes().isEmpty());
        assertEquals(diff.changes().size(), diff.count(Verdict.NOT_SIGNIFICANT));
        for (FigureChange change : diff.changes()) {
            assertEquals(0.0, change.change().median(), 1e-12);
            assertTrue(change.change().straddles(0.0));
        }
        assertTrue(diff.onlyBefore().isEmpty() && diff.onlyAfter().isEmpty());
        assertEquals(RegressionGate.PASSED, new RegressionGate(0).exitCode(diff));
    }

    @Test
    void aTwentyPercentSlowdownIsARegressionBeyondFivePercent() {
        SetDiff diff = SetDiffer.diff(BEFORE, SyntheticResults.fullSet(1.2, "8"), false);
        FigureChange p50 = diff.changes().stream()
                .filter(c -> c.backend().equals("jni") && c.figure() == Figure.RTT_P50)
                .findFirst().orElseThrow();
        assertEquals(0.2, p50.change().median(), 0.01);
        assertEquals(Verdict.REGRESSED, p50.verdict());
        FigureChange rate = diff.changes().stream()
                .filter(c -> c.backend().equals("jni") && c.figure() == Figure.MSGS_PER_SEC)
                .findFirst().orElseThrow();
        assertEquals(1 / 1.2 - 1, rate.change().median(), 0.01);
        assertEquals(Verdict.REGRESSED, rate.verdict(), "lower throughput is worse");
        assertEquals(RegressionGate.FAILED, new RegressionGate(5).exitCode(diff));
        assertEquals(RegressionGate.PASSED, new RegressionGate(25).exitCode(diff));
    }

    @Test
    void theGateJudgesMeasuredFiguresNotHowLongTheWarmUpTook() {
        CellKey key = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
        Estimate any = new Estimate(1, 1, 1, 3);
        FigureChange slowerJit = new FigureChange("jni", key, Figure.JIT_MS, any, any,
                new Estimate(0.5, 0.2, 0.8, 3), Verdict.REGRESSED);
        FigureChange slowerStream = new FigureChange("jni", key, Figure.MSGS_PER_SEC, any, any,
                new Estimate(-0.2, -0.3, -0.1, 3), Verdict.REGRESSED);
        RegressionGate gate = new RegressionGate(5);
        assertEquals(RegressionGate.PASSED, gate.exitCode(diffOf(List.of(slowerJit))), "JIT time is not gated");
        assertEquals(List.of(slowerStream), gate.failures(diffOf(List.of(slowerJit, slowerStream))));
    }

    private static SetDiff diffOf(List<FigureChange> changes) {
        return new SetDiff(BEFORE, BEFORE, changes, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aSpeedUpIsAnImprovementAndPassesTheGate() {
        SetDiff diff = SetDiffer.diff(BEFORE, SyntheticResults.fullSet(0.8, "8"), false);
        assertTrue(diff.count(Verdict.IMPROVED) > 0);
        assertTrue(diff.changes().stream()
                .filter(c -> c.figure() == Figure.RTT_P50 || c.figure() == Figure.MSGS_PER_SEC)
                .allMatch(c -> c.verdict() == Verdict.IMPROVED));
        assertEquals(RegressionGate.PASSED, new RegressionGate(5).exitCode(diff));
    }

    @Test
    void refusesADifferentCpuCountUnlessForced() {
        ResultSet other = SyntheticResults.fullSet(1.0, "16");
        IncompatibleSetsException e = assertThrows(IncompatibleSetsException.class,
                () -> SetDiffer.diff(BEFORE, other, false));
        assertEquals("the sets were measured differently: cpu_count 8 vs 16", e.getMessage());
        SetDiff forced = SetDiffer.diff(BEFORE, other, true);
        assertEquals(List.of("cpu_count 8 vs 16"), forced.forcedDespite());
        assertTrue(forced.nothingChanged());
    }

    @Test
    void refusesOptionsThatChangeWhatACellMeasuresButNotForksOrSelection() {
        ResultSet longer = SyntheticResults.withOptions(BEFORE, SyntheticResults.options().latencyCount(20_000L).build());
        IncompatibleSetsException e = assertThrows(IncompatibleSetsException.class,
                () -> SetDiffer.diff(BEFORE, longer, false));
        assertEquals("the sets were measured differently: option latency_count 2000 vs 20000", e.getMessage());
        ResultSet moreForks = SyntheticResults.withOptions(BEFORE, SyntheticResults.options().forks(10)
                .backends(List.of("c", "jni")).build());
        assertTrue(SetDiffer.diff(BEFORE, moreForks, false).nothingChanged());
    }

    @Test
    void aSetSavedBeforeTheOptionsWereTypedComparesWithOneSavedNow(@TempDir Path temp) throws IOException {
        ResultSet older = ResultStore.read(SetsBeforeTypedOptions.write(temp.resolve("older")));
        CompareOptions.Builder same = new CompareOptions.Builder().backends(List.of("c", "jeromq"))
                .scenarios(List.of(ScenarioKind.LATENCY, ScenarioKind.OPEN_LOOP))
                .patterns(List.of(Pattern.PAIR, Pattern.DEALER_ROUTER));
        assertEquals(List.of(), Compatibility.differences(older, SyntheticResults.withOptions(older, same.build())));
        assertEquals(List.of("option measure {\"kind\":\"millis\",\"amount\":1000} vs {\"kind\":\"millis\",\"amount\":2000}"),
                Compatibility.differences(older, SyntheticResults.withOptions(older,
                        same.measure(Phase.millis(2_000)).build())));
    }

    @Test
    void refusesADifferentPlacement() {
        ResultSet moved = new ResultSet(BEFORE.toolVersion(), BEFORE.createdAt(), BEFORE.environment(),
                BEFORE.options(), BEFORE.configHash(), "no pinning", BEFORE.baseline(), BEFORE.cells(),
                BEFORE.unfinished());
        IncompatibleSetsException e = assertThrows(IncompatibleSetsException.class,
                () -> SetDiffer.diff(BEFORE, moved, false));
        assertTrue(e.getMessage().contains("placement peers on cpus 2,3 vs no pinning"), e.getMessage());
    }

    @Test
    void aCellThatBreaksFailsTheGateAndMissingCellsAreListed() {
        List<CellResult> cells = new ArrayList<>();
        for (CellResult cell : BEFORE.cells()) {
            if (cell.backend().equals("jeromq") && cell.key().transport() == Transport.INPROC) {
                continue; // not measured this time
            }
            boolean breaks = cell.backend().equals("jni") && cell.key().label().equals("latency pair tcp 64 B");
            cells.add(breaks ? SyntheticResults.failedCell("jni", cell.key(), "worker crashed (exit 134)") : cell);
        }
        SetDiff diff = SetDiffer.diff(BEFORE, BEFORE.with(cells, List.of(), true), false);
        assertEquals(1, diff.statusChanges().size());
        assertTrue(diff.statusChanges().get(0).broke());
        assertEquals(4, diff.onlyBefore().size());
        assertFalse(diff.nothingChanged());
        assertEquals(RegressionGate.FAILED, new RegressionGate(50).exitCode(diff));
    }

    @Test
    void parsesTheThreshold() {
        assertEquals(5.0, RegressionGate.parse("5%").thresholdPercent());
        assertEquals(2.5, RegressionGate.parse(" 2.5 % ").thresholdPercent());
        assertEquals(10.0, RegressionGate.parse("10").thresholdPercent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegressionGate.parse("five"));
        assertEquals("--fail-on must be a percentage like 5% or 2.5, got 'five'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegressionGate.parse("-1%"));
    }
}
