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
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.SliceResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.threads.ThreadClassCost;
import zmqbench.threads.ThreadCosts;

class TimeBreakdownTest {

    private static final CellKey LATENCY = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final CellKey THROUGHPUT =
            new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final long MESSAGES = 100_000;

    @TempDir
    Path dir;

    @Test
    void aRoundTripsExtraTimeIsCrossingsBindingGcOtherThreadsWakeUpsAndTheRestWhichAddUp() {
        // c: 80 µs a round trip = 50 µs of the path threads' CPU + 30 µs off the CPU in 6 wake-ups (5 µs each)
        CellResult c = cell("c", LATENCY, 80_000, Cost.UNMEASURED,
                List.of(threads(30_000, 20_000, 0, 0, 6, 1_000)));
        // jna: 1 µs more; 4 counted crossings of 50 ns, 500 ns more path CPU, 100 ns GC, 50 ns JIT, +0.02 wake-ups
        Cost jnaCost = new Cost(1, 1, 480 * MESSAGES, 1, 1, -1, -1, 4 * MESSAGES);
        CellResult jna = cell("jna", LATENCY, 81_000, jnaCost, List.of(threads(30_400, 20_100, 100, 50, 6.02, 1_300)));

        List<BreakdownRow> rows = TimeBreakdown.rows(c, List.of(c, jna), new CrossingCosts(Map.of("jna", 50.0)));

        assertEquals(1, rows.size(), "the baseline has no row");
        BreakdownRow row = rows.get(0);
        assertEquals("both peers", row.pacedBy());
        assertEquals(1_000, row.extraNs(), 1e-6);
        assertEquals(4, row.crossings(), 1e-9);
        assertTrue(row.crossingsCounted());
        assertEquals(200, row.crossingsTimeNs(), 1e-6);
        assertEquals(300, row.bindingCpuNs(), 1e-6, "500 ns more path CPU, 200 of it in crossings");
        assertEquals(100, row.gcNs(), 1e-6);
        assertEquals(50, row.otherThreadsNs(), 1e-6);
        assertEquals(0.02, row.wakeups(), 1e-9);
        assertEquals(100, row.wakeupNs(), 1e-6, "0.02 more wake-ups at c's 5 µs off the CPU each");
        assertFalse(row.otherThreadsAdded(), "latency: JIT threads run while the path sleeps");
        assertEquals(300, row.restNs(), 1e-6, "1000 - 200 - 300 - 100 - 100; the 50 of JIT shown only");
        assertEquals(0.3, row.restFraction(), 1e-9);
        assertEquals(300, row.runWaitNs(), 1e-6, "shown beside, not subtracted");
        assertEquals(4 * 2 * 64, row.copiedBytes(), "jna: two copies per call, four calls per round trip");
        assertEquals(480, row.allocBytes(), 1e-9);
        MessagePace floor = TimeBreakdown.floor(c);
        assertEquals(5_000, floor.offCpuNsPerWakeup(), 1e-6);
    }

    @Test
    void throughputIsPacedByTheBusierPeersProcess() {
        // c: 300 ns a message; the receiver (binder, first) is the busier: 280 ns CPU, 0.01 wake-ups (2 µs each)
        CellResult c = cell("c", THROUGHPUT, 300, Cost.UNMEASURED,
                List.of(threads(200, 80, 0, 0, 0.01, 0), threads(150, 50, 0, 0, 0.5, 0)));
        // jna: 500 ns; its sender is the busier (450 ns on the path, 10 of JIT), with 0.03 wake-ups
        CellResult jna = cell("jna", THROUGHPUT, 500, Cost.UNMEASURED,
                List.of(threads(220, 80, 0, 0, 0.2, 0), threads(300, 150, 0, 10, 0.03, 0)));

        BreakdownRow row = TimeBreakdown.rows(c, List.of(c, jna), new CrossingCosts(Map.of("jna", 50.0))).get(0);

        assertEquals("sender", row.pacedBy());
        assertEquals("receiver", TimeBreakdown.floor(c).pacedBy());
        assertEquals(1, row.crossings(), 1e-9, "derived: one call a message on the pacing peer");
        assertEquals(50, row.crossingsTimeNs(), 1e-6);
        assertEquals(120, row.bindingCpuNs(), 1e-6, "450 - 280 - 50");
        assertEquals(40, row.wakeupNs(), 1e-6, "0.02 more wake-ups at c's (300 - 280) / 0.01 ns each");
        assertTrue(row.otherThreadsAdded(), "throughput: they share the pacing process's CPU");
        assertEquals(10, row.otherThreadsNs(), 1e-6);
        assertEquals(-20, row.restNs(), 1e-6, "200 - 50 - 120 - 10 - 40");
    }

    @Test
    void aSlicedForksPaceIsOverItsUndisturbedSlicesOnly() {
        ThreadCosts quiet = threads(30_000, 20_000, 0, 0, 6, 0);
        ThreadCosts disturbed = threads(90_000, 90_000, 0, 0, 60, 0);
        ForkResult fork = ForkResult.builder(1, "ok").measured(2 * MESSAGES).elapsedNs(500_000 * MESSAGES)
                .peerThreads(List.of(ThreadCosts.together(List.of(quiet, disturbed)))).build()
                .withSlices(List.of(new SliceResult(1, 1, MESSAGES, 80_000 * MESSAGES, 0, 0, false, null, List.of(quiet)),
                        new SliceResult(1, 2, MESSAGES, 420_000 * MESSAGES, 0, 0, true, null, List.of(disturbed))));

        MessagePace pace = MessagePace.of(fork, true);

        assertEquals(80_000, pace.nsPerMessage(), 1e-6);
        assertEquals(50_000, pace.pathCpuNs(), 1e-6);
        assertEquals(6, pace.wakeups(), 1e-9);
        SliceResult quietToo = new SliceResult(2, 3, MESSAGES, 90_000 * MESSAGES, 0, 0, false, null, List.of(quiet));
        ForkResult threeSlices = fork.withSlices(List.of(fork.slices().get(0), fork.slices().get(1), quietToo));
        CellResult cell = CellResult.builder("c", LATENCY, "ok").versions("1", "4.3.4").placement("separate")
                .messages(MESSAGES, MESSAGES).forks(List.of(threeSlices)).build();
        assertEquals(5_000, MessagePace.mean(cell, true).nsStandardError(), 1e-6,
                "over the quiet slices' 80 and 90 µs: sd 7071 over the root of 2");
        MessagePace withoutSlices = MessagePace.of(fork.withSlices(List.of()), true);
        assertEquals(250_000, withoutSlices.nsPerMessage(), 1e-6, "else the fork's own figures");
    }

    @Test
    void withoutAccountingOrACostTheCrossingsAreDerivedAndTheExtraStaysInTheRest() {
        CellResult c = cell("c", LATENCY, 80_000, Cost.UNMEASURED, List.of());
        CellResult jni = cell("jni", LATENCY, 80_500, Cost.UNMEASURED, List.of());

        BreakdownRow row = TimeBreakdown.rows(c, List.of(c, jni), CrossingCosts.NONE).get(0);

        assertEquals(4, row.crossings(), 1e-9, "two sends and two receives per round trip");
        assertFalse(row.crossingsCounted());
        assertTrue(Double.isNaN(row.crossingsTimeNs()));
        assertTrue(Double.isNaN(row.bindingCpuNs()), "no accounting: no CPU parts");
        assertTrue(Double.isNaN(row.wakeupNs()));
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

    /** One peer's accounting over the measured messages, each figure given per message. */
    private static ThreadCosts threads(double applicationNs, double ioNs, double gcNs, double jitNs, double wakeups,
                                       double runWaitNs) {
        return new ThreadCosts(List.of(
                new ThreadClassCost(ThreadCosts.APPLICATION, 1, 0, 0, total(applicationNs), total(runWaitNs),
                        total(wakeups), 0, 0),
                new ThreadClassCost(ThreadCosts.LIBZMQ_IO, 2, 0, 0, total(ioNs), 0, 0, 0, 0),
                new ThreadClassCost(ThreadCosts.JIT, 2, 0, 0, total(jitNs), 999_999_999, 999, 0, 0), // off the path
                new ThreadClassCost(ThreadCosts.GC, 2, 0, 0, total(gcNs), 0, 0, 0, 0)));
    }

    private static long total(double perMessage) {
        return Math.round(perMessage * MESSAGES);
    }

    private static CellResult cell(String backend, CellKey key, long nsPerMessage, Cost cost,
                                   List<ThreadCosts> peers) {
        ForkResult fork = ForkResult.builder(1, "ok").measured(MESSAGES).elapsedNs(nsPerMessage * MESSAGES)
                .cost(cost).peerThreads(peers).build();
        return CellResult.builder(backend, key, "ok").versions("1", "4.3.4").placement("separate")
                .messages(MESSAGES, MESSAGES).forks(List.of(fork)).build();
    }
}
