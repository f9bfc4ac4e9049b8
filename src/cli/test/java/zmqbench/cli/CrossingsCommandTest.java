package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code zmqbench crossings}: bad usage is refused before any worker starts; a short run through
 * real workers (tiny batches, a short warm-up cap) gives a row per benchmark with every fork.
 * Counts and shapes only, never speeds.
 */
class CrossingsCommandTest {

    @Test
    void helpSaysWhatItTimesWithExamples() {
        Cli cli = Cli.run("crossings", "--help");
        assertEquals(0, cli.status(), cli::toString);
        assertTrue(cli.out().contains("Usage: zmqbench crossings"), cli::toString);
        assertTrue(cli.out().contains("Examples:"), cli::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--forks 0          | --forks must be at least 1, got 0",
        "--backends nope    | --backends: unknown backend 'nope'",
        "--format xml       | unknown format 'xml' (known: table, json)",
        "--calls 0          | --calls must be from 1 to 2147483647, got 0",
        "--batches 10001    | --batches must be from 1 to 10000, got 10001",
        "--warmup-cap 5     | --warmup-cap: expected a duration such as 500ms or 10s, got '5'"})
    void badUsageIsOneLineAndExitStatus2(String given, String message) {
        List<String> args = new ArrayList<>(List.of("crossings"));
        args.addAll(List.of(given.split(" ")));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(2, cli.status(), cli::toString);
        assertTrue(cli.err().lines().findFirst().orElseThrow().startsWith("zmqbench: " + message), cli::toString);
        assertEquals("", cli.out(), cli::toString);
    }

    @Test
    void eachBackendAndEachOfCsCallsGetsARowWithEveryFork() {
        Cli cli = Cli.run("crossings", "--backends", "c,jni,jeromq", "--forks", "2", "--calls", "1000", "--batches",
                "2", "--warmup-cap", "20ms", "--format", "json", "--quiet");

        assertEquals(0, cli.status(), cli::toString);
        JsonArray rows = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("rows");
        List<String> benchmarks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.get(i).getAsJsonObject();
            benchmarks.add(row.get("backend").getAsString() + " "
                    + (row.get("call").isJsonNull() ? "none" : row.get("call").getAsString()));
            assertEquals(2, row.get("forks").getAsInt(), row::toString);
            assertEquals(0, row.getAsJsonArray("failures").size(), row::toString);
            boolean timed = !row.get("call").isJsonNull();
            assertEquals(timed ? 2 : 0, row.getAsJsonArray("fork_ns_per_call").size(), row::toString);
            assertEquals(timed ? 2000 : 0, row.get("calls_per_fork").getAsLong(), row::toString);
        }
        assertEquals(List.of("c zmq_errno", "c zmq_ctx_get", "jni zmq_errno", "jeromq none"), benchmarks);
        assertTrue(rows.get(2).getAsJsonObject().get("over_c_ns").isJsonPrimitive(), "jni over c's zmq_errno");
    }
}
