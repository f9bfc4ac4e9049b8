package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.CellResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/**
 * JVM variants through real workers: each Java backend once per argument set, named
 * {@code backend@MAJOR label}; a variant that cannot start is named with its reason, the rest goes on.
 */
class JvmVariantsIntegrationTest {

    /** The launcher's JVM, which runs jeromq's workers unless --jvm says otherwise. */
    private static final int MAJOR = Runtime.version().feature();
    private static final String SERIAL = "jeromq@" + MAJOR + " serial";
    private static final String PARALLEL = "jeromq@" + MAJOR + " parallel";

    @TempDir
    static Path temp;

    private static Cli run;
    private static ResultSet results;

    @BeforeAll
    static void compareTwoCollectorsAndOneThatDoesNotExist() {
        run = Cli.run("compare", "--backends", "c,jeromq", "--jvm-args", "-XX:+UseSerialGC",
                "--jvm-args", "-XX:+UseParallelGC -Xmx300m", "--jvm-args", "-XX:+UseNoSuchGC",
                "--transports", "inproc", "--sizes", "64", "--scenarios", "latency", "--forks", "1", "--precision", "0",
                "--latency-count", "200", "--latency-warmup", "50",
                "--format", "csv", "--out", temp.resolve("set").toString(), "--quiet");
        results = ResultStore.read(temp.resolve("set"));
    }

    @Test
    void eachVariantIsAColumnBesideC() {
        assertEquals(0, run.status(), run::toString);
        assertEquals(List.of("c", SERIAL, PARALLEL), results.cells().stream().map(CellResult::backend).toList());
        results.cells().forEach(cell -> assertTrue(cell.ok(), cell::status));
        assertTrue(run.out().lines().anyMatch(line -> line.contains("," + SERIAL + ",")), run::toString);
    }

    @Test
    void theResultSetRecordsEachVariantsVersionAndFlags() {
        Map<String, String> environment = results.environment();
        String parallel = environment.get("jvm_" + PARALLEL);
        assertTrue(parallel.contains(System.getProperty("java.runtime.version")), parallel);
        assertTrue(parallel.endsWith("flags: -XX:+UseParallelGC -Xmx300m"), parallel);
    }

    @Test
    void aVariantThatCannotStartIsNamedWithItsReason() {
        assertTrue(run.err().lines().anyMatch(line -> line.startsWith("zmqbench: skipping jeromq@")
                && line.contains("UseNoSuchGC") && line.contains("cannot start")), run::toString);
        assertTrue(results.environment().values().stream().anyMatch(v -> v.startsWith("unavailable: JVM variant")));
    }
}
