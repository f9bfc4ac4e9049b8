package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.CellResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/** The ffm backends talk ZMTP with JeroMQ both ways, as every libzmq backend does (--interop). */
class FfmInteropIntegrationTest {

    @TempDir
    Path temp;

    @Test
    void jeromqAndFfmExchangeEveryMessageBothWays() {
        Assumptions.assumeTrue(Cli.builtBackends().contains("ffm"), "ffm is not built (no JDK 22+)");
        // Unpinned: this checks ZMTP between the two, and a pinned JeroMQ connect can hang (README, Known limits).
        Cli run = Cli.run("compare", "--backends", "jeromq,ffm,ffm-critical", "--interop", "--transports", "tcp",
                "--cpus", "none",
                "--sizes", "64", "--forks", "1", "--precision", "0", "--latency-count", "200", "--latency-warmup", "50",
                "--throughput-count", "2000", "--throughput-warmup", "100",
                "--out", temp.resolve("set").toString(), "--quiet");
        assertEquals(0, run.status(), run::toString);
        ResultSet results = ResultStore.read(temp.resolve("set"));
        List<String> rows = results.cells().stream().map(CellResult::backend).distinct().toList();
        assertEquals(List.of("jeromq", "ffm", "ffm-critical", "jeromq->ffm", "ffm->jeromq", "jeromq->ffm-critical",
                "ffm-critical->jeromq"), rows);
        results.cells().forEach(cell -> assertTrue(cell.ok(), () -> cell.backend() + ": " + cell.status()));
    }
}
