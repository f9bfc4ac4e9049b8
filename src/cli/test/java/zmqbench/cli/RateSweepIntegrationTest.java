package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.scenario.ScenarioKind;
import zmqbench.sweep.BackendSweep;
import zmqbench.sweep.RateSweep;
import zmqbench.sweep.SweepStep;

/**
 * A short rate sweep through the real C and JeroMQ workers at tiny rates: the sweep record, each
 * step's result set and its counts, and the CSV; never a timing (whether a step holds is the
 * machine's business, so each ladder is checked for its shape, not its knee).
 */
class RateSweepIntegrationTest {

    private static final List<Long> RATES = List.of(200L, 400L);
    private static final int ROUND_TRIPS = 200;
    private static final int WARMUP = 50;

    @TempDir
    static Path temp;

    private static Cli run;
    private static Path dir;
    private static RateSweep sweep;

    @BeforeAll
    static void sweep() {
        dir = temp.resolve("sweep");
        run = Cli.run("compare", "--backends", "c,jeromq", "--scenarios", "rate-sweep", "--transports", "tcp",
                "--sizes", "64", "--forks", "1", "--precision", "0", "--latency-count", "" + ROUND_TRIPS,
                "--latency-warmup", "" + WARMUP, "--rates", "200,400", "--p99-limit", "60s", "--format", "csv",
                "--out", dir.toString(), "--quiet");
        sweep = RateSweep.read(dir);
    }

    @Test
    void theSweepRecordsEachBackendsLadderInOrder() {
        assertEquals(0, run.status(), run::toString);
        assertEquals(RATES, sweep.rates());
        assertEquals(60_000_000_000L, sweep.p99LimitNs());
        assertEquals("open-loop pair tcp 64 B", sweep.cell());
        assertEquals(List.of("c", "jeromq"), sweep.backends().stream().map(BackendSweep::backend).toList());
        for (BackendSweep backend : sweep.backends()) {
            List<SweepStep> steps = backend.steps();
            assertFalse(steps.isEmpty(), backend::backend);
            for (int i = 0; i < steps.size(); i++) {
                assertEquals(RATES.get(i), steps.get(i).rate(), backend::backend);
                assertTrue(i == steps.size() - 1 || steps.get(i).holds(), "a ladder ends at its first miss");
            }
            assertTrue(backend.stopped() || steps.size() == RATES.size(), backend::backend);
        }
    }

    @Test
    void eachStepIsAnOpenLoopResultSetAtItsRateWithItsCounts() {
        for (BackendSweep backend : sweep.backends()) {
            for (SweepStep step : backend.steps()) {
                ResultSet set = ResultStore.read(dir.resolve(RateSweep.stepDir(step.rate())));
                assertEquals(step.rate(), set.options().load().rate());
                assertEquals(List.of(ScenarioKind.OPEN_LOOP), set.options().matrix().scenarios());
                CellResult cell = set.cells().stream().filter(c -> c.backend().equals(backend.backend()))
                        .findFirst().orElseThrow();
                String label = backend.backend() + " at " + step.rate();
                assertTrue(cell.ok(), label + ": " + cell.status());
                assertEquals(ROUND_TRIPS + WARMUP, cell.messages().messagesSent(), label);
                assertEquals(ROUND_TRIPS + WARMUP, cell.messages().messagesReceived(), label);
                assertEquals(ROUND_TRIPS, cell.latency().rttNs().count(), label);
                assertEquals(step.rate(), cell.forks().get(0).rate().target(), label);
                assertEquals(1, step.p99Ns().forks(), label);
                assertEquals(cell.figure(Figure.RTT_P99), step.p99Ns(), label);
            }
        }
    }

    @Test
    void csvHasOneRowPerStep() {
        List<String> rows = run.out().lines().toList();
        int steps = sweep.backends().stream().mapToInt(b -> b.steps().size()).sum();
        assertEquals(1 + steps, rows.size(), run::toString);
        assertTrue(rows.get(0).startsWith("cell,p99_limit_ns,backend,rate_msgs_per_sec,p99_ns,"), rows.get(0));
    }

    @Test
    void aSweepsDirectoryIsNotWrittenTwice() {
        Cli again = Cli.run("compare", "--scenarios", "rate-sweep", "--backends", "c", "--out", dir.toString(),
                "--quiet");
        assertEquals(2, again.status(), again::toString);
        assertTrue(again.err().startsWith("zmqbench: --out: " + dir + " already holds a rate sweep"), again::toString);
    }

    @Test
    void reportRendersTheSweepAgain() {
        Cli again = Cli.run("report", dir.toString(), "--format", "csv");
        assertEquals(0, again.status(), again::toString);
        assertEquals(run.out(), again.out());
        assertTrue(Files.isRegularFile(dir.resolve(RateSweep.FILE)));
    }
}
