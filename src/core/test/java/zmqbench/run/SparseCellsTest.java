package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenarios.ScenarioType;

/** Sparse: a cell per gap, each fork's round trips bounded, the gap carried to the workers. */
class SparseCellsTest {

    private static final CompareOptions SPARSE = new CompareOptions.Builder().scenarios(List.of(ScenarioKind.SPARSE))
            .backends(List.of("c")).build();

    @Test
    void eachDefaultGapIsACell() {
        List<CellKey> cells = Comparison.cells(SPARSE);
        assertEquals(List.of("sparse pair tcp 64 B gap 100µs", "sparse pair tcp 64 B gap 1ms",
                "sparse pair tcp 64 B gap 10ms", "sparse pair tcp 64 B gap 100ms"),
                cells.stream().map(CellKey::label).toList());
        assertEquals(Pacing.gap(1_000_000), cells.get(1).pacing());
    }

    @Test
    void aForkMeasuresItsBudgetOfGapsWithinTheSampleBounds() {
        List<Long> counts = Comparison.cells(SPARSE).stream()
                .map(key -> WorkerPhases.of(SPARSE, key).measure().amount()).toList();
        assertEquals(List.of(1_000L, 1_000L, 100L, 20L), counts, "1 s of gaps, from 20 to 1000 round trips");
        for (CellKey key : Comparison.cells(SPARSE)) {
            WorkerPhases phases = WorkerPhases.of(SPARSE, key);
            assertEquals(key.pacing(), phases.pacing());
            assertTrue(phases.budgetMs(0) >= phases.measure().amount() * key.pacing().gapNs() / 1_000_000,
                    "the deadline allows for the gaps");
        }
    }

    @Test
    void aGivenCountIsTakenAsItIs() {
        CompareOptions counted = new CompareOptions.Builder().scenarios(List.of(ScenarioKind.SPARSE)).latencyCount(150L)
                .gapsNs(List.of(5_000_000L)).build();
        CellKey key = Comparison.cells(counted).get(0);
        assertEquals(Phase.count(150), WorkerPhases.of(counted, key).measure());
    }

    @Test
    void otherScenariosHaveNoGapAndNoGapCells() {
        CompareOptions both = new CompareOptions.Builder().scenarios(List.of(ScenarioKind.LATENCY)).build();
        List<CellKey> cells = Comparison.cells(both);
        assertEquals(1, cells.size());
        assertEquals(Pacing.NONE, cells.get(0).pacing());
        assertFalse(cells.get(0).label().contains("gap"));
    }

    @Test
    void aGapAsLongAsTheTimeoutIsRefused() {
        CompareOptions sparse = new CompareOptions.Builder().scenarios(List.of(ScenarioKind.SPARSE)).timeoutMs(1_000)
                .gapsNs(List.of(1_000_000_000L)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preflight.check(new RunRequest(sparse, false, false)));
        assertEquals("--gap must be above 0 and shorter than --timeout (1000 ms), got 1s", e.getMessage());
        assertNull(ScenarioType.of(ScenarioKind.SPARSE).refusal(new CompareOptions.Builder().build()));
    }
}
