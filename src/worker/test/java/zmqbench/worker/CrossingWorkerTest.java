package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.ErrorRecord;
import zmqbench.protocol.Json;
import zmqbench.scenario.SteadyRule;

/** The crossings mode through WorkerMain, with {@link QueueBackend}'s call, which returns 1: the sink counts calls. */
class CrossingWorkerTest {

    @Test
    void everyCallOfTheWarmUpAndTheBatchesIsMadeOnceAndSummedIntoTheSink() {
        CrossingRecord record = Json.GSON.fromJson(run(WorkerMain.EXIT_OK, "--backend", "queue", "--crossings",
                "--calls", "1000", "--batches", "3", "--warmup-auto", "20"), CrossingRecord.class);

        assertEquals(CrossingRecord.EVENT, record.event());
        assertEquals("queue", record.backend());
        assertEquals("zmq_errno", record.call());
        assertEquals(1000, record.calls());
        assertEquals(3, record.batches().size());
        assertTrue(record.warmupBatches() >= 1, record::toString);
        assertEquals(1000L * (record.warmupBatches() + 3), record.sink());
        assertTrue(List.of(SteadyRule.STEADY, SteadyRule.NOT_STEADY).contains(record.steadyState()), record::toString);
        List<Double> sorted = new ArrayList<>(record.batches());
        Collections.sort(sorted);
        assertEquals(sorted.get(1), record.nsPerCall(), "the median batch");
    }

    @Test
    void aCallTheBackendDoesNotMakeIsAUsageError() {
        String line = run(WorkerMain.EXIT_USAGE, "--backend", "queue", "--crossings", "--call", "zmq_ctx_get");
        assertEquals("--call zmq_ctx_get: the queue backend's trivial call is zmq_errno",
                Json.GSON.fromJson(line, ErrorRecord.class).message());
    }

    @Test
    void badArgumentsAreAUsageError() {
        String line = run(WorkerMain.EXIT_USAGE, "--backend", "queue", "--crossings", "--batches", "0");
        assertEquals("--batches must be from 1 to 10000, got 0", Json.GSON.fromJson(line, ErrorRecord.class).message());
    }

    private static String run(int status, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WorkerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), name -> new QueueBackend());
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(status, exit, text);
        assertEquals(1, text.lines().count(), text);
        return text;
    }
}
