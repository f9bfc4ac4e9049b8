package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.breakdown.CrossingCosts;
import zmqbench.protocol.Cost;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;
import zmqbench.threads.ThreadClassCost;
import zmqbench.threads.ThreadCosts;

/** The breakdown's table, sentences and bars: every part named, the baseline's own time first. */
class BreakdownSectionTest {

    private static final CellKey LATENCY = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final long ROUND_TRIPS = 1_000;

    @Test
    void theTextSaysTheBaselinesTimeThenEachBackendsPartsAndRest() {
        StringWriter text = new StringWriter();
        BreakdownSection.writeText(grid(), new CrossingCosts(Map.of("jna", 50.0)), new PrintWriter(text), 200, false);
        String out = text.toString().replaceAll("\\s+", " ");
        for (String column : List.of("paced by", "extra", "±", "crossings (ns)", "binding", "GC", "other thr.",
                "wake-ups (ns)", "rest (share)", "waiting (ns)", "migrations", "copies (B)", "alloc B")) {
            assertTrue(out.contains(column), column + " in " + out);
        }
        assertTrue(out.contains("c: 80.0k ns per round trip = 50.0k ns CPU of both peers' threads + 30.0k ns off "
                + "the CPU in 6.00 wake-ups (5000 ns each)."), out);
        assertTrue(out.contains("jna: +1100 ns per round trip, 200 ns of it in 4.00 derived native crossings, +300 ns "
                + "more of the binding's CPU, 0 ns GC, 0 ns other threads (in idle time, not added), +0.100 wake-ups "
                + "(+500 ns); the rest +100 ns "
                + "(9% of the extra)."), out);
    }

    @Test
    void theHtmlDrawsEveryPartAsABar() {
        StringBuilder html = new StringBuilder();
        BreakdownChart.write(html, grid(), new CrossingCosts(Map.of("jna", 50.0)));
        for (String part : List.of("crossings", "binding", "GC", "other threads", "wake-ups", "rest")) {
            assertTrue(html.toString().contains("<title>" + part + ": "), part);
        }
        assertEquals(6, html.toString().split("<rect ").length - 1, "one bar of six parts");
    }

    /** c at 80 µs a round trip (50 µs CPU, 6 wake-ups); jna 1.1 µs more: 500 ns CPU and 0.1 wake-ups more. */
    private static ResultGrid grid() {
        ResultSet full = SyntheticResults.fullSet();
        ResultSet set = new ResultSet(full.toolVersion(), full.createdAt(), full.environment(), full.options(),
                full.configHash(), full.placement(), "c", List.of(cell("c", 80_000, 50_000, 6),
                cell("jna", 81_100, 50_500, 6.1)), full.unfinished());
        return ResultGrid.of(set);
    }

    private static CellResult cell(String backend, long rttNs, long cpuNs, double wakeups) {
        ThreadCosts threads = new ThreadCosts(List.of(new ThreadClassCost(ThreadCosts.APPLICATION, 1, 0, 0,
                cpuNs * ROUND_TRIPS, 0, Math.round(wakeups * ROUND_TRIPS), 0, 0)));
        ForkResult fork = ForkResult.builder(1, "ok").measured(ROUND_TRIPS).elapsedNs(rttNs * ROUND_TRIPS)
                .cost(Cost.UNMEASURED).peerThreads(List.of(threads)).build();
        return CellResult.builder(backend, LATENCY, "ok").versions("1", "4.3.4").placement("separate")
                .messages(ROUND_TRIPS, ROUND_TRIPS).forks(List.of(fork)).build();
    }
}
