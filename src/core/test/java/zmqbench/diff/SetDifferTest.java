package zmqbench.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        SetDiff diff = SetDiffer.diff(BEFORE, BEFORE, false, false);
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
    void absoluteFiguresTakeTheMachinesDriftForARegression() {
        // Every backend, the baseline too, 20% slower: the machine's weather between the runs.
        SetDiff diff = SetDiffer.diff(BEFORE, SyntheticResults.fullSet(1.2, "8"), false, true);
        assertNull(diff.baseline());
        assertNull(diff.fallback(), "asked for, not a fallback");
        FigureChange p50 = find(diff, "jni", Figure.RTT_P50);
        assertEquals(0.2, p50.change().median(), 0.01);
        assertEquals(Verdict.REGRESSED, p50.verdict());
        assertNull(p50.against());
        FigureChange rate = find(diff, "jni", Figure.MSGS_PER_SEC);
        assertEquals(1 / 1.2 - 1, rate.change().median(), 0.01);
        assertEquals(Verdict.REGRESSED, rate.verdict(), "lower throughput is worse");
        assertEquals(Verdict.REGRESSED, find(diff, "c", Figure.RTT_P50).verdict());
        assertEquals(RegressionGate.FAILED, new RegressionGate(5).exitCode(diff));
        assertEquals(RegressionGate.PASSED, new RegressionGate(25).exitCode(diff));
    }

    @Test
    void ratiosToTheBaselineCancelTheMachinesDrift() {
        SetDiff diff = SetDiffer.diff(BEFORE, SyntheticResults.fullSet(1.2, "8"), false, false);
        assertEquals("c", diff.baseline());
        assertNull(diff.fallback());
        assertTrue(diff.nothingChanged(), () -> diff.changes().toString());
        assertEquals(RegressionGate.PASSED, new RegressionGate(5).exitCode(diff));
        assertTrue(diff.changes().stream().noneMatch(c -> c.backend().equals("c")), "the baseline has no ratio");
        FigureChange p50 = find(diff, "jni", Figure.RTT_P50);
        assertEquals("c", p50.against());
        assertEquals(1.25, p50.before().median(), 0.02, "jni's ratio to c");
        assertEquals(0.0, p50.change().median(), 0.005);
        assertTrue(p50.change().lower() < 0.0 && p50.change().upper() > 0.0, p50::toString);
        FigureChange allocation = find(diff, "jni", Figure.ALLOC_BYTES_PER_MSG);
        assertNull(allocation.against(), "c allocates no heap: no ratio, compared absolute");
    }

    @Test
    void aRealChangeOfARatioIsARegression() {
        SetDiff diff = SetDiffer.diff(BEFORE, SyntheticResults.withSlower("jni", 1.2), false, false);
        FigureChange p50 = find(diff, "jni", Figure.RTT_P50);
        assertEquals("c", p50.against());
        assertEquals(1.5, p50.after().median(), 0.02);
        assertEquals(0.2, p50.change().median(), 0.01);
        assertEquals(Verdict.REGRESSED, p50.verdict());
        assertEquals(Verdict.REGRESSED, find(diff, "jni", Figure.MSGS_PER_SEC).verdict());
        assertEquals(Verdict.NOT_SIGNIFICANT, find(diff, "jeromq", Figure.RTT_P50).verdict());
        assertEquals(RegressionGate.FAILED, new RegressionGate(5).exitCode(diff));
        assertEquals(RegressionGate.PASSED, new RegressionGate(25).exitCode(diff));
    }

    @Test
    void withoutACommonBaselineAbsoluteFiguresAreComparedAndSaidSo() {
        ResultSet drifted = SyntheticResults.withBaseline(SyntheticResults.fullSet(1.2, "8"), null);
        SetDiff diff = SetDiffer.diff(BEFORE, drifted, false, false);
        assertNull(diff.baseline());
        assertEquals("No common baseline (A: c, B: none): absolute figures compared, the machine's drift included.",
                diff.fallback());
        assertEquals(Verdict.REGRESSED, find(diff, "jni", Figure.RTT_P50).verdict());
        assertEquals(RegressionGate.FAILED, new RegressionGate(5).exitCode(diff));
        SetDiff other = SetDiffer.diff(BEFORE, SyntheticResults.withBaseline(BEFORE, "jni"), false, false);
        assertTrue(other.fallback().startsWith("No common baseline (A: c, B: jni)"), other.fallback());
    }

    private static FigureChange find(SetDiff diff, String backend, Figure figure) {
        return diff.changes().stream().filter(c -> c.backend().equals(backend) && c.figure() == figure)
                .findFirst().orElseThrow();
    }

    @Test
    void theGateJudgesMeasuredFiguresNotHowLongTheWarmUpTook() {
        CellKey key = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
        Estimate any = new Estimate(1, 1, 1, 3);
        FigureChange slowerJit = new FigureChange("jni", key, Figure.JIT_MS, any, any,
                new Estimate(0.5, 0.2, 0.8, 3), Verdict.REGRESSED, null);
        FigureChange slowerStream = new FigureChange("jni", key, Figure.MSGS_PER_SEC, any, any,
                new Estimate(-0.2, -0.3, -0.1, 3), Verdict.REGRESSED, null);
        RegressionGate gate = new RegressionGate(5);
        FigureChange moreAllocation = new FigureChange("jni", key, Figure.ALLOC_BYTES_PER_MSG, any, any,
                new Estimate(1.0, 0.8, 1.3, 3), Verdict.REGRESSED, null);
        assertEquals(RegressionGate.PASSED, gate.exitCode(diffOf(List.of(slowerJit))), "JIT time is not gated");
        assertEquals(RegressionGate.PASSED, gate.exitCode(diffOf(List.of(moreAllocation))),
                "allocation moves with the rounds a run took: not gated");
        FigureChange largerPeak = new FigureChange("jeromq", key, Figure.PEAK_RSS_KB, any, any,
                new Estimate(0.18, 0.1, 0.25, 3), Verdict.REGRESSED, null);
        assertEquals(RegressionGate.PASSED, gate.exitCode(diffOf(List.of(largerPeak))),
                "a high-water mark grows with the run: not gated");
        assertEquals(List.of(slowerStream),
                gate.failures(diffOf(List.of(slowerJit, slowerStream, moreAllocation, largerPeak))));
    }

    private static SetDiff diffOf(List<FigureChange> changes) {
        return new SetDiff(BEFORE, BEFORE, null, null, changes, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aSpeedUpIsAnImprovementAndPassesTheGate() {
        SetDiff diff = SetDiffer.diff(BEFORE, SyntheticResults.fullSet(0.8, "8"), false, true);
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
                () -> SetDiffer.diff(BEFORE, other, false, false));
        assertEquals("the sets were measured differently: cpu_count 8 vs 16", e.getMessage());
        SetDiff forced = SetDiffer.diff(BEFORE, other, true, false);
        assertEquals(List.of("cpu_count 8 vs 16"), forced.forcedDespite());
        assertTrue(forced.nothingChanged());
    }

    @Test
    void refusesOptionsThatChangeWhatACellMeasuresButNotForksOrSelection() {
        ResultSet longer = SyntheticResults.withOptions(BEFORE, SyntheticResults.options().latencyCount(20_000L).build());
        IncompatibleSetsException e = assertThrows(IncompatibleSetsException.class,
                () -> SetDiffer.diff(BEFORE, longer, false, false));
        assertEquals("the sets were measured differently: option latency_count 2000 vs 20000", e.getMessage());
        ResultSet moreForks = SyntheticResults.withOptions(BEFORE, SyntheticResults.options().forks(10)
                .backends(List.of("c", "jni")).build());
        assertTrue(SetDiffer.diff(BEFORE, moreForks, false, false).nothingChanged());
    }

    @Test
    void aSetSavedBeforeTheOptionsWereTypedComparesWithOneSavedNow(@TempDir Path temp) throws IOException {
        ResultSet older = ResultStore.read(SetsBeforeTypedOptions.write(temp.resolve("older")));
        CompareOptions.Builder same = new CompareOptions.Builder().backends(List.of("c", "jeromq"))
                .scenarios(List.of(ScenarioKind.LATENCY, ScenarioKind.OPEN_LOOP))
                .patterns(List.of(Pattern.PAIR, Pattern.DEALER_ROUTER)).sliceMs(0).margin(0.1);
        assertEquals(List.of(), Compatibility.differences(older, SyntheticResults.withOptions(older, same.build())),
                "unsliced as the older set was; the margin only judges ratios");
        assertEquals(List.of("option slice_ms 0 vs 200", "option throughput_slice_ms 0 vs 200"),
                Compatibility.differences(older,
                SyntheticResults.withOptions(older, same.sliceMs(200).build())), "slices measure differently");
        assertEquals(List.of("option measure {\"kind\":\"millis\",\"amount\":1000} vs {\"kind\":\"millis\",\"amount\":2000}"),
                Compatibility.differences(older, SyntheticResults.withOptions(older,
                        same.sliceMs(0).measure(Phase.millis(2_000)).build())));
    }

    @Test
    void refusesADifferentPlacement() {
        ResultSet moved = new ResultSet(BEFORE.toolVersion(), BEFORE.createdAt(), BEFORE.environment(),
                BEFORE.options(), BEFORE.configHash(), "no pinning", BEFORE.baseline(), BEFORE.cells(),
                BEFORE.unfinished());
        IncompatibleSetsException e = assertThrows(IncompatibleSetsException.class,
                () -> SetDiffer.diff(BEFORE, moved, false, false));
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
        SetDiff diff = SetDiffer.diff(BEFORE, BEFORE.with(cells, List.of(), true), false, false);
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
