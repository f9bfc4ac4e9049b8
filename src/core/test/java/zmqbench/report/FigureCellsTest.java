package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.report.text.Footnotes;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

class FigureCellsTest {

    private static final CellKey KEY = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);

    /** c steady at the first check (the floor, 500 ms by default), jeromq after 2.2 s. */
    private static final ResultSet SET = SyntheticResults.fullSet().with(List.of(
            withSteady(SyntheticResults.latencyCell("c", KEY, 20_000), new Estimate(500, 500, 500, 3)),
            withSteady(SyntheticResults.latencyCell("jeromq", KEY, 30_000), new Estimate(2200, 2000, 2400, 3))),
            List.of(), true);

    private final FigureCells cells = new FigureCells(ResultGrid.of(SET), new Footnotes());
    private final CellResult c = SET.cells().get(0);
    private final CellResult jeromq = SET.cells().get(1);

    @Test
    void aTimeToSteadyStateAtItsFloorReadsAsAtMostTheFloorWithoutARatio() {
        assertEquals("<= 500", cells.value(c, Figure.TIME_TO_STEADY_MS).text());
        assertEquals("2200 [2000, 2400]", cells.value(jeromq, Figure.TIME_TO_STEADY_MS).text());
        assertNull(cells.ratio(jeromq, Figure.TIME_TO_STEADY_MS), "no ratio against a floor");
        assertNotNull(cells.ratio(jeromq, Figure.RTT_P50));
    }

    @Test
    void aRatioOfSharesMeansNothingAndIsLeftOut() {
        assertNotNull(jeromq.figure(Figure.WINDOW_CV_PERCENT));
        assertNull(cells.ratio(jeromq, Figure.WINDOW_CV_PERCENT));
    }

    private static CellResult withSteady(CellResult cell, Estimate steady) {
        Map<String, Estimate> figures = new HashMap<>(cell.figures());
        figures.put(Figure.TIME_TO_STEADY_MS.key(), steady);
        return cell.toBuilder().figures(figures).build();
    }
}
