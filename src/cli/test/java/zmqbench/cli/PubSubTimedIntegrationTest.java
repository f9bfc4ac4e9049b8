package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/**
 * pub-sub with timed phases through real workers, C and Java, over tcp (two processes: the
 * subscriber says measured, the parent stops the publisher) and inproc (one process, two threads):
 * every message the publisher sent is received (no high-water mark, so PUB drops none), and the
 * fork has a measured interval at least as long as asked. Counts and bounds, never speeds.
 */
class PubSubTimedIntegrationTest {

    private static final long MEASURE_NS = 200_000_000L;

    @TempDir
    Path temp;

    @Test
    void theSubscriberEndsTimedPhasesAndThePublisherIsStopped() {
        List<String> backends = Cli.builtBackends().stream().filter(b -> b.equals("c") || b.equals("jeromq")).toList();
        Cli run = Cli.run("compare", "--backends", String.join(",", backends), "--patterns", "pub-sub",
                "--scenarios", "throughput", "--transports", "tcp,inproc", "--sizes", "64", "--hwm", "0",
                "--forks", "1", "--precision", "0", "--warmup", "100ms", "--measure", "200ms",
                "--out", temp.resolve("set").toString(), "--quiet");
        assertEquals(0, run.status(), run::toString);
        ResultSet results = ResultStore.read(temp.resolve("set"));
        assertEquals(2 * backends.size(), results.cells().size(), run::toString);
        for (CellResult cell : results.cells()) {
            String label = cell.backend() + " " + cell.key().label();
            assertTrue(cell.ok(), () -> label + ": " + cell.status());
            assertEquals(cell.messages().messagesSent(), cell.messages().messagesReceived(), label);
            for (ForkResult fork : cell.forks()) {
                assertEquals(0, fork.counts().dropped(), label);
                long elapsedNs = fork.timing().elapsedNs();
                assertTrue(elapsedNs >= MEASURE_NS, () -> label + ": measured " + elapsedNs + " ns");
                long measured = fork.counts().measured();
                assertTrue(measured > 0 && measured < cell.messages().messagesReceived(),
                        () -> label + ": the warm-up and the tail after the measurement are not measured");
            }
        }
    }
}
