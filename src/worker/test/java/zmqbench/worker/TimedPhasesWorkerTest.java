package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timed phases through the whole worker, on the in-memory {@link QueueBackend}: the records, the
 * timeline, the end markers, and the throughput stop/release protocol on the sender's stdin.
 */
class TimedPhasesWorkerTest {

    private static final long MS = 1_000_000L;

    @Test
    void aTimedThroughputRunInprocMeasuresForItsDurationAndCountsEveryMessage() {
        JsonObject result = runInproc("--scenario", "throughput", "--endpoint", "inproc://timed", "--size", "64",
                "--warmup-ms", "50", "--measure-ms", "200", "--window-ms", "20");

        assertEquals("fixed", result.get("steady_state").getAsString());
        assertTrue(result.get("warmup_ns").getAsLong() >= 50 * MS, result::toString);
        assertTrue(result.get("elapsed_ns").getAsLong() >= 200 * MS, result::toString);
        long measured = result.get("measured_messages").getAsLong();
        assertTrue(measured > 0, result::toString);
        assertEquals(result.get("messages_sent").getAsLong(), result.get("messages_received").getAsLong(),
                "every payload arrives; the end marker is not counted");
        assertEquals(measured, result.get("count").getAsLong());
        assertEquals(20 * MS, result.get("window_ns").getAsLong());
        assertEquals(measured, measuredWindowMessages(result));
        assertTrue(result.get("jit_ns").getAsLong() >= 0, "a JVM measures its JIT");
    }

    @Test
    void anAutomaticWarmupEndsSteadyOrCappedAndSaysWhich() {
        JsonObject result = runInproc("--scenario", "throughput", "--endpoint", "inproc://auto", "--size", "64",
                "--warmup-auto", "300", "--measure-ms", "50", "--window-ms", "10", "--steady-windows", "3");

        String steady = result.get("steady_state").getAsString();
        assertTrue(steady.equals("steady") || steady.equals("not steady"), steady);
        long warmupNs = result.get("warmup_ns").getAsLong();
        assertTrue(steady.equals("steady") ? warmupNs < 300 * MS : warmupNs >= 300 * MS, result::toString);
        assertTrue(warmupNs >= 30 * MS, "at least three windows before it can be steady: " + warmupNs);
        assertTrue(result.get("warmup_messages").getAsLong() > 0, result::toString);
    }

    @Test
    void aTimedLatencyRunWritesOneSamplePerMeasuredRoundTripAndAP50PerWindow(@TempDir Path dir) throws IOException {
        Path samples = dir.resolve("samples");
        JsonObject result = runInproc("--scenario", "latency", "--endpoint", "inproc://ping", "--size", "16",
                "--warmup-ms", "30", "--measure-ms", "100", "--window-ms", "10", "--samples", samples.toString());

        long measured = result.get("measured_messages").getAsLong();
        assertTrue(measured > 0, result::toString);
        assertEquals(measured, result.get("samples").getAsLong());
        assertEquals(measured * Long.BYTES, Files.size(samples));
        assertEquals(measured, measuredWindowMessages(result));
        assertEquals(result.get("warmup_messages").getAsLong() + measured, result.get("messages_sent").getAsLong(),
                "the end marker is not counted");
        for (JsonElement window : result.getAsJsonArray("timeline")) {
            assertTrue(window.getAsJsonObject().get("value").getAsDouble() > 0, window::toString);
        }
    }

    @Test
    void anOpenLoopRunKeepsATimelineOfCorrectedP50sOverCountedPhases(@TempDir Path dir) {
        JsonObject result = runInproc("--scenario", "open-loop", "--endpoint", "inproc://open", "--size", "16",
                "--warmup", "200", "--count", "1000", "--rate", "20000", "--window-ms", "10", "--samples",
                dir.resolve("samples").toString());

        assertEquals("fixed", result.get("steady_state").getAsString());
        assertEquals(200, result.get("warmup_messages").getAsLong());
        assertEquals(1000, result.get("measured_messages").getAsLong());
        assertEquals(10 * MS, result.get("window_ns").getAsLong());
        assertEquals(1000, measuredWindowMessages(result), "the measured windows hold every measured reply");
        JsonArray timeline = result.getAsJsonArray("timeline");
        assertFalse(timeline.get(0).getAsJsonObject().get("measured").getAsBoolean(),
                "from the warm-up's first message");
        for (JsonElement window : timeline) {
            assertTrue(window.getAsJsonObject().get("value").getAsDouble() > 0, window::toString);
        }
    }

    @Test
    void anOpenLoopRunWarmsUpUntilSteadyThenMeasuresItsCount(@TempDir Path dir) {
        JsonObject result = runInproc("--scenario", "open-loop", "--endpoint", "inproc://open", "--size", "16",
                "--warmup-auto", "2000", "--count", "1000", "--rate", "20000", "--window-ms", "10", "--samples",
                dir.resolve("samples").toString());

        String record = result.toString();
        assertTrue(List.of("steady", "not steady").contains(result.get("steady_state").getAsString()), record);
        long warmup = result.get("warmup_messages").getAsLong();
        assertTrue(warmup > 0, record);
        assertEquals(1000, result.get("measured_messages").getAsLong());
        assertEquals(warmup + 1000, result.get("messages_sent").getAsLong(), "every warm-up message was answered");
        assertEquals(1000, measuredWindowMessages(result), "the measured windows hold every measured reply");
    }

    @Test
    void aSeparateReceiverAndSenderFollowMeasuredStopAndRelease() throws Exception {
        String[] common = {"--backend", "queue", "--scenario", "throughput", "--size", "32", "--warmup-ms", "20",
            "--measure-ms", "60", "--window-ms", "10"};
        WorkerThread receiver = worker(concat(common, "--role", "bind", "--endpoint", "tcp://queue:1"));
        assertEquals("ready", receiver.next().get("event").getAsString());
        WorkerThread sender = worker(concat(common, "--role", "connect", "--endpoint", "tcp://queue:1"));

        assertEquals("measured", receiver.next().get("event").getAsString());
        sender.tell("stop");
        JsonObject received = receiver.next();
        sender.tell("release");
        JsonObject sent = sender.next();

        assertEquals("result", received.get("event").getAsString());
        assertEquals("result", sent.get("event").getAsString());
        assertEquals(0, receiver.exit());
        assertEquals(0, sender.exit());
        assertTrue(received.get("error").isJsonNull(), received::toString);
        assertTrue(sent.get("error").isJsonNull(), sent::toString);
        assertEquals(sent.get("messages_sent").getAsLong(), received.get("messages_received").getAsLong());
        assertTrue(received.get("warmup_messages").getAsLong() + received.get("measured_messages").getAsLong()
                <= received.get("messages_received").getAsLong(), "messages after the measurement are received too");
        assertTrue(received.get("warmup_messages").getAsLong() > 0, received::toString);
        assertEquals(0, sent.getAsJsonArray("timeline").size(), "the sender does not time");
        assertEquals("fixed", sent.get("steady_state").getAsString());
    }

    @Test
    void countedPhasesNeedNoStop() throws Exception {
        String[] common = {"--backend", "queue", "--scenario", "throughput", "--size", "32", "--warmup", "10",
            "--count", "100"};
        WorkerThread receiver = worker(concat(common, "--role", "bind", "--endpoint", "tcp://queue:2"));
        assertEquals("ready", receiver.next().get("event").getAsString());
        WorkerThread sender = worker(concat(common, "--role", "connect", "--endpoint", "tcp://queue:2"));

        JsonObject received = receiver.next();
        sender.tell("release");
        JsonObject sent = sender.next();

        assertEquals("result", received.get("event").getAsString(), "no measured event with counted phases");
        assertEquals(110, received.get("messages_received").getAsLong());
        assertEquals(100, received.get("measured_messages").getAsLong());
        assertEquals(110, sent.get("messages_sent").getAsLong());
        assertEquals(0, receiver.exit());
        assertEquals(0, sender.exit());
    }

    private static long measuredWindowMessages(JsonObject result) {
        long sum = 0;
        for (JsonElement window : result.getAsJsonArray("timeline")) {
            if (window.getAsJsonObject().get("measured").getAsBoolean()) {
                sum += window.getAsJsonObject().get("messages").getAsLong();
            }
        }
        return sum;
    }

    private static JsonObject runInproc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WorkerMain.run(concat(new String[] {"--backend", "queue", "--role", "both"}, args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]),
                name -> new QueueBackend());
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(0, exit, text);
        assertEquals(1, text.lines().count(), "one result line, no measured event inproc: " + text);
        JsonObject result = JsonParser.parseString(text).getAsJsonObject();
        assertEquals("result", result.get("event").getAsString());
        assertTrue(result.get("error").isJsonNull(), text);
        return result;
    }

    private static WorkerThread worker(String[] args) throws IOException {
        return WorkerThread.start(args, name -> new QueueBackend());
    }

    private static String[] concat(String[] first, String... second) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        return all.toArray(String[]::new);
    }
}
