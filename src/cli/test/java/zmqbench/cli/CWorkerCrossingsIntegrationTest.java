package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.CrossingSpec;
import zmqbench.protocol.ErrorRecord;
import zmqbench.protocol.Json;
import zmqbench.run.Home;

/**
 * The C worker's {@code --crossings} mode (build/native/zmqbench-worker): the crossing record with
 * exactly {@link CrossingRecord}'s fields, for each libzmq function it calls, and its refusals
 * worded as the Java worker's. Tiny batches; each run bounded by a deadline (WorkerRun).
 */
class CWorkerCrossingsIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"zmq_errno", "zmq_ctx_get"})
    void theCrossingRecordHasTheJavaRecordsFieldsAndEveryBatch(String call) throws Exception {
        String line = run(0, "--call", call, "--calls", "1000", "--batches", "3", "--warmup-auto", "20");
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        CrossingRecord record = Json.GSON.fromJson(json, CrossingRecord.class);

        assertEquals(json, Json.GSON.toJsonTree(record), "exactly the record's fields, read back the same");
        assertEquals(CrossingRecord.EVENT, record.event());
        assertEquals("c", record.backend());
        assertEquals(call, record.call());
        assertEquals(1000, record.calls());
        assertEquals(3, record.batches().size(), line);
        assertTrue(record.warmupBatches() >= 1, line);
        assertTrue(record.batches().contains(record.nsPerCall()), () -> "the median of 3 batches: " + line);
        if (call.equals("zmq_ctx_get")) {
            assertEquals(1000L * (record.warmupBatches() + 3) * 1023, record.sink(),
                    "every call made and summed: ZMQ_MAX_SOCKETS is 1023 by default");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--call zmq_has", "--calls 0", "--calls 3000000000", "--calls many", "--batches 10001",
        "--warmup-auto 0", "--count 5", "--calls"})
    void badArgumentsAreRefusedAsTheJavaWorkerRefusesThem(String given) throws Exception {
        List<String> args = new ArrayList<>(List.of("--backend", "c", "--crossings"));
        args.addAll(List.of(given.split(" ")));
        String java = assertThrows(IllegalArgumentException.class,
                () -> CrossingSpec.parse(args.toArray(String[]::new))).getMessage();

        assertEquals(java, Json.GSON.fromJson(run(2, given.split(" ")), ErrorRecord.class).message());
    }

    /** The worker's one stdout line, its exit status checked. */
    private static String run(int status, String... args) throws IOException, InterruptedException {
        Home home = Home.fromSystemProperty();
        assertTrue(Files.isExecutable(home.cWorker()), () -> home.cWorker() + " is missing: run 'make native'");
        List<String> command = new ArrayList<>(List.of(home.cWorker().toString(), "--backend", "c", "--crossings"));
        command.addAll(List.of(args));
        String out = WorkerRun.stdout(command, status);
        assertEquals(1, out.lines().count(), out);
        return out;
    }
}
