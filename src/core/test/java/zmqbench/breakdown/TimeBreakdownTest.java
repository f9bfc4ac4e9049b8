package zmqbench.breakdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.protocol.Cost;
import zmqbench.protocol.ThreadClassCost;
import zmqbench.protocol.ThreadCosts;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class TimeBreakdownTest {

    private static final CellKey LATENCY = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final long ROUND_TRIPS = 1_000;

    @TempDir
    Path dir;

    @Test
    void theExtraTimeIsCrossingsGcSchedulingAndTheRestWhichAddUp() {
        CellResult c = cell("c", 80_000, Cost.UNMEASURED, threads(1_000, 4_000));
        // jna: 1 µs more per round trip; 4 counted crossings, 100 ns of GC and 300 ns more waiting per round trip
        Cost jnaCost = new Cost(1, 1, 480 * ROUND_TRIPS, 1, 100 * ROUND_TRIPS, -1, -1, 4 * ROUND_TRIPS);
        CellResult jna = cell("jna", 81_000, jnaCost, threads(1_300, 4_500));

        List<BreakdownRow> rows = TimeBreakdown.rows(c, List.of(c, jna), new CrossingCosts(Map.of("jna", 50.0)));

        assertEquals(1, rows.size(), "the baseline has no row");
        BreakdownRow row = rows.get(0);
        assertEquals(1_000, row.extraNs(), 1e-9);
        assertEquals(4, row.crossings(), 1e-9);
        assertTrue(row.crossingsCounted());
        assertEquals(200, row.crossingsTimeNs(), 1e-9);
        assertEquals(100, row.gcNs(), 1e-9);
        assertEquals(300, row.schedulingNs(), 1e-9);
        assertEquals(0.5, row.wakeups(), 1e-9);
        assertEquals(400, row.restNs(), 1e-9, "1000 - 200 - 100 - 300");
        assertEquals(0.4, row.restFraction(), 1e-9);
        assertEquals(4 * 2 * 64, row.copiedBytes(), "jna: two copies per call, four calls per round trip");
        assertEquals(480, row.allocBytes(), 1e-9);
    }

    @Test
    void withoutACountOrACostTheCrossingsAreDerivedAndTheirTimeStaysInTheRest() {
        CellResult c = cell("c", 80_000, Cost.UNMEASURED, ThreadCosts.NONE);
        CellResult jni = cell("jni", 80_500, Cost.UNMEASURED, ThreadCosts.NONE);

        BreakdownRow row = TimeBreakdown.rows(c, List.of(c, jni), CrossingCosts.NONE).get(0);

        assertEquals(4, row.crossings(), 1e-9, "two sends and two receives per round trip");
        assertFalse(row.crossingsCounted());
        assertTrue(Double.isNaN(row.crossingsTimeNs()));
        assertTrue(Double.isNaN(row.schedulingNs()), "no accounting: no scheduling part");
        assertEquals(500, row.restNs(), 1e-9);
    }

    @Test
    void aFailedBaselineGivesNoRows() {
        CellResult failed = CellResult.builder("c", LATENCY, "worker crashed").versions("1", "4.3.4")
                .placement("separate").build();
        assertEquals(List.of(), TimeBreakdown.rows(failed, List.of(failed), CrossingCosts.NONE));
    }

    @Test
    void crossingCostsAreReadFromTheCrossingsCommandsJson() throws Exception {
        Path file = dir.resolve("crossings.json");
        Files.writeString(file, "{\"rows\":[{\"backend\":\"c\",\"call\":\"zmq_errno\",\"over_c_ns\":null},"
                + "{\"backend\":\"jna\",\"call\":\"zmq_errno\",\"over_c_ns\":48.5}]}");
        assertEquals(Map.of("jna", 48.5), CrossingCosts.read(file).nsByBackend());
        Files.writeString(file, "[]");
        Exception e = assertThrows(IOException.class, () -> CrossingCosts.read(file));
        assertTrue(e.getMessage().contains("zmqbench crossings --format json"), e.getMessage());
        Exception absent = assertThrows(IOException.class, () -> CrossingCosts.read(dir.resolve("absent.json")));
        assertTrue(absent.getMessage().startsWith("cannot read "), absent.getMessage());
    }

    private static ThreadCosts threads(long runWaitNsPerRoundTrip, long wakeups) {
        return new ThreadCosts(List.of(
                new ThreadClassCost(ThreadCosts.APPLICATION, 1, 0, 0, 0, runWaitNsPerRoundTrip * ROUND_TRIPS,
                        wakeups, 0, 0),
                new ThreadClassCost(ThreadCosts.JIT, 2, 0, 0, 0, 999_999_999, 999, 0, 0))); // off the message path
    }

    private static CellResult cell(String backend, long rttNs, Cost cost, ThreadCosts threads) {
        ForkResult fork = ForkResult.builder(1, "ok").measured(ROUND_TRIPS).elapsedNs(rttNs * ROUND_TRIPS).cost(cost)
                .threads(threads).build();
        return CellResult.builder(backend, LATENCY, "ok").versions("1", "4.3.4").placement("separate")
                .messages(ROUND_TRIPS, ROUND_TRIPS).forks(List.of(fork)).build();
    }
}
