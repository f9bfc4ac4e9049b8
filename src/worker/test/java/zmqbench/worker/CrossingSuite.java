package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.Json;

/**
 * For every backend module (published in this module's test-jar, subclassed once each, as
 * {@link zmqbench.backend.ConformanceSuite}): the worker's {@code --crossings} mode with the
 * module's own backend prints one well-formed crossing record naming the call it makes. Tiny
 * batches, a 1 ms warm-up cap: a check of the record, never of a speed.
 */
public abstract class CrossingSuite {

    private static final int CALLS = 100;
    private static final int BATCHES = 3;

    private final String backend;
    private final String call;

    /**
     * @param backend the backend's name, as --backend takes it
     * @param call the libzmq function its trivial call reaches; null for a backend that makes no
     *     native calls
     */
    protected CrossingSuite(String backend, String call) {
        this.backend = backend;
        this.call = call;
    }

    @Test
    void theCrossingRecordNamesTheCallAndHoldsEveryBatch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WorkerMain.run(new String[] {"--backend", backend, "--crossings", "--calls", "" + CALLS,
            "--batches", "" + BATCHES, "--warmup-auto", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(WorkerMain.EXIT_OK, exit, text);
        assertEquals(1, text.lines().count(), text);
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        CrossingRecord record = Json.GSON.fromJson(json, CrossingRecord.class);
        assertEquals(json, Json.GSON.toJsonTree(record), "exactly the record's fields, read back the same");
        assertEquals(CrossingRecord.EVENT, record.event());
        assertEquals(backend, record.backend());
        assertEquals(call, record.call(), text);
        if (call == null) {
            assertEquals(0, record.batches().size(), text);
            assertTrue(Double.isNaN(record.nsPerCall()), text);
            return;
        }
        assertEquals(CALLS, record.calls());
        assertEquals(BATCHES, record.batches().size(), text);
        assertTrue(record.warmupBatches() >= 1, text);
        assertTrue(record.batches().stream().allMatch(ns -> Double.isFinite(ns) && ns >= 0), text);
        assertTrue(record.batches().contains(record.nsPerCall()), () -> "the median of 3 batches is one of them: "
                + text);
    }
}
