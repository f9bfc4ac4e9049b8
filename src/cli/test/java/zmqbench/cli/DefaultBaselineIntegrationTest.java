package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.ResultStore;

/**
 * Backends named without c, and no --baseline: the default baseline falls away, the run goes on
 * and says why it has no ratios (a --baseline c given is refused instead: CompareUsageTest).
 */
class DefaultBaselineIntegrationTest {

    @Test
    void aRunWithoutCRunsWithoutRatiosAndSaysWhy(@TempDir Path temp) {
        Cli run = Cli.run("compare", "--backends", "jni,jeromq", "--transports", "inproc", "--scenarios", "latency",
                "--forks", "1", "--precision", "0", "--latency-count", "200", "--latency-warmup", "50",
                "--out", temp.resolve("set").toString(), "--quiet");
        assertEquals(0, run.status(), run::toString);
        assertNull(ResultStore.read(temp.resolve("set")).baseline(), run::toString);
        assertTrue(run.err().lines().anyMatch(line -> line.equals("zmqbench: no ratios: the default baseline c "
                + "will not run (--baseline NAME takes them against one that does)")), run::toString);
    }
}
