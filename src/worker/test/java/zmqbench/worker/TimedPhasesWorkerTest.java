package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import zmqbench.protocol.Json;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.TimelineWindow;

/**
 * Timed phases through the whole worker, on the in-memory {@link QueueBackend}: the records, the
 * timeline, the end markers, and the throughput stop/release protocol on the sender's stdin.
 */
class TimedPhasesWorkerTest {

    private static final long MS = 1_000_000L;

    @Test
    void aTimedThroughputRunInprocMeasuresForItsDurationAndCountsEveryMessage() {
        PeerRecord result = runInproc("--scenario", "throughput", "--endpoint", "inproc://timed", "--size", "64",
                "--warmup-ms", "50", "--measure-ms", "200", "--window-ms", "20");

        assertEquals("fixed", result.warmup().steadyState());
        assertTrue(result.warmup().durationNs() >= 50 * MS, result::toString);
        assertTrue(result.timing().elapsedNs() >= 200 * MS, result::toString);
        long measured = result.counts().measured();
        assertTrue(measured > 0, result::toString);
        assertEquals(result.counts().sent(), result.counts().received(),
                "every payload arrives; the end marker is not counted");
        assertEquals(measured, result.counts().count());
        assertEquals(20 * MS, result.warmup().windowNs());
        assertEquals(measured, measuredWindowMessages(result));
        assertTrue(result.cost().jitNs() >= 0, "a JVM measures its JIT");
    }

    @Test
    void anAutomaticWarmupEndsSteadyOrCappedAndSaysWhich() {
        PeerRecord result = runInproc("--scenario", "throughput", "--endpoint", "inproc://auto", "--size", "64",
                "--warmup-auto", "300", "--measure-ms", "50", "--window-ms", "10", "--steady-windows", "3");

        String steady = result.warmup().steadyState();
        assertTrue(steady.equals("steady") || steady.equals("not steady"), steady);
        long warmupNs = result.warmup().durationNs();
        // a check that finds the rate steady as the cap passes says steady: only "not steady" implies the cap
        assertTrue(steady.equals("steady") || warmupNs >= 300 * MS, result::toString);
        assertTrue(warmupNs >= 60 * MS, "at least six windows (two medians of three) before it can be steady: "
                + warmupNs);
        assertTrue(result.warmup().messages() > 0, result::toString);
    }

    @Test
    void aTimedLatencyRunWritesOneSamplePerMeasuredRoundTripAndAP50PerWindow(@TempDir Path dir) throws IOException {
        Path samples = dir.resolve("samples");
        PeerRecord result = runInproc("--scenario", "latency", "--endpoint", "inproc://ping", "--size", "16",
                "--warmup-ms", "30", "--measure-ms", "100", "--window-ms", "10", "--samples", samples.toString());

        long measured = result.counts().measured();
        assertTrue(measured > 0, result::toString);
        assertEquals(measured, result.counts().samples());
        assertEquals(measured * Long.BYTES, Files.size(samples));
        assertEquals(measured, measuredWindowMessages(result));
        assertEquals(result.warmup().messages() + measured, result.counts().sent(), "the end marker is not counted");
        for (TimelineWindow window : result.warmup().timeline()) {
            assertTrue(window.value() > 0, window::toString);
        }
    }

    @Test
    void anOpenLoopRunKeepsATimelineOfCorrectedP50sOverCountedPhases(@TempDir Path dir) {
        PeerRecord result = runInproc("--scenario", "open-loop", "--endpoint", "inproc://open", "--size", "16",
                "--warmup", "200", "--count", "1000", "--rate", "20000", "--window-ms", "10", "--samples",
                dir.resolve("samples").toString());

        assertEquals("fixed", result.warmup().steadyState());
        assertEquals(200, result.warmup().messages());
        assertEquals(1000, result.counts().measured());
        assertEquals(10 * MS, result.warmup().windowNs());
        assertEquals(1000, measuredWindowMessages(result), "the measured windows hold every measured reply");
        List<TimelineWindow> timeline = result.warmup().timeline();
        assertFalse(timeline.get(0).measured(), "from the warm-up's first message");
        for (TimelineWindow window : timeline) {
            assertTrue(window.value() > 0, window::toString);
        }
    }

    @Test
    void anOpenLoopRunWarmsUpUntilSteadyThenMeasuresItsCount(@TempDir Path dir) {
        PeerRecord result = runInproc("--scenario", "open-loop", "--endpoint", "inproc://open", "--size", "16",
                "--warmup-auto", "2000", "--count", "1000", "--rate", "20000", "--window-ms", "10", "--samples",
                dir.resolve("samples").toString());

        String record = result.toString();
        assertTrue(List.of("steady", "not steady").contains(result.warmup().steadyState()), record);
        long warmup = result.warmup().messages();
        assertTrue(warmup > 0, record);
        assertEquals(1000, result.counts().measured());
        assertEquals(warmup + 1000, result.counts().sent(), "every warm-up message was answered");
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
        PeerRecord received = result(receiver.next());
        sender.tell("release");
        PeerRecord sent = result(sender.next());

        assertEquals(0, receiver.exit());
        assertEquals(0, sender.exit());
        assertNull(received.error(), received::toString);
        assertNull(sent.error(), sent::toString);
        assertEquals(sent.counts().sent(), received.counts().received());
        assertTrue(received.warmup().messages() + received.counts().measured() <= received.counts().received(),
                "messages after the measurement are received too");
        assertTrue(received.warmup().messages() > 0, received::toString);
        assertEquals(List.of(), sent.warmup().timeline(), "the sender does not time");
        assertEquals("fixed", sent.warmup().steadyState());
    }

    @Test
    void countedPhasesNeedNoStop() throws Exception {
        String[] common = {"--backend", "queue", "--scenario", "throughput", "--size", "32", "--warmup", "10",
            "--count", "100"};
        WorkerThread receiver = worker(concat(common, "--role", "bind", "--endpoint", "tcp://queue:2"));
        assertEquals("ready", receiver.next().get("event").getAsString());
        WorkerThread sender = worker(concat(common, "--role", "connect", "--endpoint", "tcp://queue:2"));

        PeerRecord received = result(receiver.next());
        sender.tell("release");
        PeerRecord sent = result(sender.next());

        assertEquals(110, received.counts().received());
        assertEquals(100, received.counts().measured());
        assertEquals(110, sent.counts().sent());
        assertEquals(0, receiver.exit());
        assertEquals(0, sender.exit());
    }

    private static long measuredWindowMessages(PeerRecord result) {
        return result.warmup().timeline().stream().filter(TimelineWindow::measured)
                .mapToLong(TimelineWindow::messages).sum();
    }

    private static PeerRecord runInproc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WorkerMain.run(concat(new String[] {"--backend", "queue", "--role", "both"}, args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]),
                name -> new QueueBackend());
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(0, exit, text);
        assertEquals(1, text.lines().count(), "one result line, no measured event inproc: " + text);
        PeerRecord result = result(JsonParser.parseString(text).getAsJsonObject());
        assertNull(result.error(), text);
        return result;
    }

    /** The result record in {@code json}, which must be one (no measured event with counted phases). */
    private static PeerRecord result(JsonObject json) {
        assertEquals(PeerRecord.EVENT, json.get("event").getAsString(), json::toString);
        return Json.GSON.fromJson(json, PeerRecord.class);
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
