package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.protocol.Json;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.WorkerArgs;
import zmqbench.scenario.ScenarioKind;

/** Sparse through the whole worker on the in-memory {@link QueueBackend}: every round trip counted, the gaps slept. */
class SparseWorkerTest {

    private static final long GAP_NS = 20_000_000;

    @Test
    void aSparseRunWarmsBackToBackThenSleepsTheGapBeforeEachMeasuredRoundTrip(@TempDir Path dir) throws IOException {
        Path samples = dir.resolve("samples");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long started = System.nanoTime();
        int exit = WorkerMain.run(new String[] {"--backend", "queue", "--role", "both", "--scenario", "sparse",
            "--endpoint", "inproc://sparse", "--size", "64", "--warmup", "500", "--count", "5",
            "--gap-ns", Long.toString(GAP_NS), "--samples", samples.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]),
                name -> new QueueBackend());
        long wallNs = System.nanoTime() - started;
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(0, exit, text);
        PeerRecord result = Json.GSON.fromJson(JsonParser.parseString(text).getAsJsonObject(), PeerRecord.class);
        assertNull(result.error(), text);
        assertEquals(505, result.counts().sent(), "warm-up and measured round trips, each sent once");
        assertEquals(505, result.counts().received());
        assertEquals(5, result.counts().measured());
        assertEquals(5, result.counts().samples());
        assertEquals(5 * Long.BYTES, Files.size(samples), "one sample per measured round trip");
        assertTrue(wallNs >= 5 * GAP_NS, "five gaps slept: " + wallNs + " ns");
    }

    @Test
    void sparseNeedsAGapShorterThanTheTimeoutAndACount() {
        String[] base = {"--backend", "c", "--scenario", "sparse", "--role", "bind", "--endpoint",
            "tcp://127.0.0.1:1", "--size", "64", "--timeout-ms", "1000"};
        assertEquals("--gap-ns must be at least 1 (sparse sleeps that long before each measured round trip), got 0",
                refusal(base, "--count", "10"));
        assertEquals("--gap-ns 2000000000 must be shorter than --timeout-ms 1000 (the echo waits that long in its "
                + "receive)", refusal(base, "--count", "10", "--gap-ns", "2000000000"));
        assertEquals("sparse measures a count of round trips (--count N), not --measure-ms 500",
                refusal(base, "--measure-ms", "500", "--gap-ns", "1000"));
        assertEquals("--gap-ns applies to --scenario sparse only, got --gap-ns 5 with latency",
                assertThrows(IllegalArgumentException.class, () -> WorkerArgs.parse("--backend", "c", "--scenario",
                        "latency", "--role", "bind", "--endpoint", "tcp://127.0.0.1:1", "--size", "64", "--count",
                        "10", "--gap-ns", "5")).getMessage());
    }

    @Test
    void theGapReachesTheWorkerAndBack() {
        WorkerArgs.Parsed parsed = WorkerArgs.parse("--backend", "c", "--scenario", "sparse", "--role", "connect",
                "--endpoint", "tcp://127.0.0.1:1", "--size", "64", "--count", "10", "--gap-ns", "1000000",
                "--samples", "s");
        assertEquals(ScenarioKind.SPARSE, parsed.spec().scenario());
        assertEquals(1_000_000, parsed.spec().gapNs());
        assertEquals(parsed.spec(), WorkerArgs.parse(WorkerArgs.format(parsed.spec()).toArray(String[]::new)).spec());
    }

    private static String refusal(String[] base, String... more) {
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return assertThrows(IllegalArgumentException.class, () -> WorkerArgs.parse(args)).getMessage();
    }
}
