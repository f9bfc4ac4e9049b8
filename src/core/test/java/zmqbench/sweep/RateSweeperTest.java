package zmqbench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/** The ladder and the knee, through synthetic open-loop cells: which backends each step measures, where each stops. */
class RateSweeperTest {

    private static final CellKey KEY = new CellKey(ScenarioKind.OPEN_LOOP, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final long LIMIT_NS = 1_000_000;
    /** A synthetic open-loop cell's p99 is about a hundred times its typical round trip (a 5% stall). */
    private static final double HOLDS_NS = 2_000;
    private static final double OVER_NS = 50_000;
    /** Achieved over target; a synthetic cell's forks spread it by a few %, so met is clear of 99%. */
    private static final double MET = 1.05;
    private static final double MISSED = 0.9;

    private final List<List<String>> measured = new ArrayList<>();

    /**
     * c holds to the last rate, jni goes over the limit at 4000, jna's pinger falls behind at 2000,
     * jeromq fails at 1000, ffm runs at 1000 only (then it could not start), jzmq never runs (not
     * available here).
     */
    private List<CellResult> step(long rate, List<String> backends) {
        measured.add(backends);
        List<CellResult> cells = new ArrayList<>();
        for (String backend : backends) {
            switch (backend) {
                case "c" -> cells.add(cell(backend, HOLDS_NS, rate, MET));
                case "jni" -> cells.add(cell(backend, rate >= 4000 ? OVER_NS : HOLDS_NS, rate, MET));
                case "jna" -> cells.add(cell(backend, HOLDS_NS, rate, rate >= 2000 ? MISSED : MET));
                case "jeromq" -> cells.add(SyntheticResults.failedCell(backend, KEY, "fork 1: lost 12 messages"));
                case "ffm" -> {
                    if (rate == 1000) {
                        cells.add(cell(backend, HOLDS_NS, rate, MET));
                    }
                }
                default -> {
                }
            }
        }
        return cells;
    }

    private static CellResult cell(String backend, double rttNs, long rate, double achieved) {
        return SyntheticResults.openLoopCell(backend, KEY, rttNs, rate, achieved, List.of());
    }

    private RateSweep sweep(List<RateSweep> saved) throws IOException, InterruptedException {
        RateSweepPlan plan = new RateSweepPlan(new RateLadder(List.of(1000L, 2000L, 4000L, 8000L)), LIMIT_NS);
        return RateSweeper.<RuntimeException>run(KEY.label(), plan, List.of("c", "jni", "jzmq", "ffm", "jna",
                "jeromq"), this::step, saved::add);
    }

    @Test
    void eachStepMeasuresTheBackendsStillClimbingTogether() throws IOException, InterruptedException {
        sweep(new ArrayList<>());
        assertEquals(List.of(List.of("c", "jni", "jzmq", "ffm", "jna", "jeromq"), List.of("c", "jni", "ffm", "jna"),
                List.of("c", "jni"), List.of("c")), measured);
    }

    @Test
    void theKneeIsTheLastRateThatHeldAndTheLadderSaysWhyItEnded() throws IOException, InterruptedException {
        RateSweep sweep = sweep(new ArrayList<>());
        Map<String, BackendSweep> by = new HashMap<>();
        sweep.backends().forEach(b -> by.put(b.backend(), b));
        assertEquals(List.of("c", "jni", "ffm", "jna", "jeromq"),
                sweep.backends().stream().map(BackendSweep::backend).toList(), "in the order asked for, but jzmq");

        assertEquals(8000, by.get("c").knee().rate());
        assertEquals("held to the last rate", by.get("c").stop());
        assertEquals(4, by.get("c").steps().size());

        assertEquals(2000, by.get("jni").knee().rate());
        assertEquals(StepVerdict.OVER_LIMIT, by.get("jni").steps().get(2).verdict());
        assertEquals("p99 over the limit at 4000 msg/s", by.get("jni").stop());

        assertEquals(1000, by.get("jna").knee().rate());
        assertEquals("rate not met at 2000 msg/s", by.get("jna").stop());

        assertNull(by.get("jeromq").knee());
        assertEquals("failed at 1000 msg/s: fork 1: lost 12 messages", by.get("jeromq").stop());

        assertEquals(1000, by.get("ffm").knee().rate());
        assertEquals("failed at 2000 msg/s: not measured", by.get("ffm").stop());
    }

    @Test
    void theKneeCarriesItsCellsP99AndInterval() throws IOException, InterruptedException {
        SweepStep knee = sweep(new ArrayList<>()).backends().get(1).knee();
        CellResult cell = cell("jni", HOLDS_NS, 2000, MET);
        assertEquals(cell.figure(Figure.RTT_P99), knee.p99Ns());
        assertTrue(knee.p99Ns().median() <= LIMIT_NS && knee.p99Ns().lower() <= knee.p99Ns().upper());
        assertEquals(cell.figure(Figure.ACHIEVED_RATE_PERCENT), knee.achievedPercent());
    }

    @Test
    void theSweepIsSavedAfterEveryStepAndReadsBack(@TempDir Path dir) throws IOException, InterruptedException {
        List<RateSweep> saved = new ArrayList<>();
        RateSweep sweep = sweep(saved);
        assertEquals(4, saved.size());
        // Still climbing after each step: c, jni, ffm and jna; c and jni; c; c.
        assertEquals(List.of(4L, 2L, 1L, 1L), saved.stream()
                .map(s -> s.backends().stream().filter(b -> !b.stopped()).count()).toList());
        sweep.write(dir);
        assertTrue(RateSweep.isSweep(dir));
        assertEquals(sweep, RateSweep.read(dir));
    }

    @Test
    void aStepStopsOnceEveryLadderHasEnded() throws IOException, InterruptedException {
        RateSweepPlan plan = new RateSweepPlan(new RateLadder(List.of(1000L, 2000L, 4000L)), LIMIT_NS);
        RateSweep sweep = RateSweeper.<RuntimeException>run(KEY.label(), plan, List.of("jeromq"), this::step, s -> {
        });
        assertEquals(1, measured.size());
        assertEquals(1, sweep.backends().get(0).steps().size());
    }
}
