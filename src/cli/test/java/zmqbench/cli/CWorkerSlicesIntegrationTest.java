package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.protocol.Json;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.TimelineWindow;
import zmqbench.run.Home;

/**
 * The C worker measured in slices (--slices): the timed side says {@code warm} once warmed up,
 * answers every slice line with one slice record of that many messages, and its result counts
 * every message (warm-up, its in-flight tail, pre-roll and slices: nothing lost); tcp loopback
 * between two worker processes, and inproc in one. Counts and formats, never speeds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CWorkerSlicesIntegrationTest {

    /** Slices of different lengths and pre-rolls, the shortest a single message after one. */
    private static final List<Slice> SLICES = List.of(new Slice(300, 30), new Slice(1, 1), new Slice(2000, 5));
    private static final long MEASURED = SLICES.stream().mapToLong(Slice::measured).sum();
    private static final long PREROLL = SLICES.stream().mapToLong(Slice::preroll).sum();
    private static final String WARMUP_MS = "50";

    @TempDir
    Path dir;

    private record Slice(long measured, long preroll) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"pair", "req-rep", "dealer-router"})
    void aPingerAnswersEverySliceAndCountsEveryRoundTrip(String pattern) throws IOException, InterruptedException {
        Path samples = dir.resolve("rtt.bin");
        List<String> args = args("latency", pattern, "--warmup-ms", WARMUP_MS);
        try (Worker echo = Worker.start(args, "bind", "tcp://127.0.0.1:*")) {
            String endpoint = echo.read("ready").get("endpoint").getAsString();
            try (Worker pinger = Worker.start(plus(args, "--samples", samples.toString()), "connect", endpoint)) {
                JsonObject warm = pinger.read("warm");
                List<JsonObject> slices = pinger.runSlices();
                pinger.write("end");
                Totals timed = Totals.of(pinger.result());
                Totals echoed = Totals.of(echo.result());

                assertPinger(warm, slices, timed);
                assertNull(echoed.error, echoed::toString);
                assertEquals(timed.sent, echoed.received, "the echo took every round trip");
                assertEquals(timed.sent, echoed.sent, echoed::toString);
                assertSamples(samples, slices);
                assertEquals(0, pinger.exit(), "pinger exit status");
                assertEquals(0, echo.exit(), "echo exit status");
            }
        }
    }

    @Test
    void anInprocPingerAnswersEverySliceAndCountsEveryRoundTrip() throws IOException, InterruptedException {
        Path samples = dir.resolve("rtt.bin");
        List<String> args = plus(args("latency", "pair", "--warmup-ms", WARMUP_MS), "--samples", samples.toString());
        try (Worker both = Worker.start(args, "both", "inproc://slices")) {
            JsonObject warm = both.read("warm");
            List<JsonObject> slices = both.runSlices();
            both.write("end");
            assertPinger(warm, slices, Totals.of(both.result()));
            assertSamples(samples, slices);
            assertEquals(0, both.exit(), "exit status");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pair          | --warmup-ms | " + WARMUP_MS,
        "push-pull     | --warmup-ms | " + WARMUP_MS,
        "dealer-router | --warmup-ms | " + WARMUP_MS,
        "pair          | --warmup    | 5000"})
    void aReceiverTakesTheWarmUpTailThenAnswersEverySlice(String pattern, String warmup, String value)
            throws IOException, InterruptedException {
        List<String> args = args("throughput", pattern, warmup, value);
        boolean timed = warmup.equals("--warmup-ms");
        try (Worker receiver = Worker.start(args, "bind", "tcp://127.0.0.1:*")) {
            String endpoint = receiver.read("ready").get("endpoint").getAsString();
            try (Worker sender = Worker.start(args, "connect", endpoint)) {
                JsonObject warm = receiver.read("warm");
                long sent = Long.parseLong(value);
                if (timed) { // the sender goes on until told, and says how far it got
                    sender.write("stop");
                    sent = sender.read("paused").get("messages_sent").getAsLong();
                    assertTrue(sent >= warm.get("warmup_messages").getAsLong(), warm::toString);
                }
                long warmupSent = sent;
                List<JsonObject> slices = new ArrayList<>();
                for (Slice slice : SLICES) {
                    receiver.write("slice " + slice.measured + " " + slice.preroll + " " + sent);
                    sender.write("slice " + slice.measured + " " + slice.preroll);
                    slices.add(receiver.read("slice"));
                    sent += slice.measured + slice.preroll;
                }
                receiver.write("end");
                sender.write("end");
                PeerRecord received = receiver.result();
                sender.write("release");
                Totals sending = Totals.of(sender.result());

                assertReceiver(warm, slices, received, warmupSent);
                assertNull(sending.error, sending::toString);
                assertEquals(sent, sending.sent, sending::toString);
                assertEquals(MEASURED, sending.measured, sending::toString);
                assertEquals(0, receiver.exit(), "receiver exit status");
                assertEquals(0, sender.exit(), "sender exit status");
            }
        }
    }

    @Test
    void anInprocReceiverAnswersEverySliceAndEndsAtEndOfInput() throws IOException, InterruptedException {
        try (Worker both = Worker.start(args("throughput", "pair", "--warmup-ms", WARMUP_MS), "both",
                "inproc://slices")) {
            JsonObject warm = both.read("warm");
            List<JsonObject> slices = both.runSlices(); // S: the process knows its sender's count itself
            both.closeInput();
            PeerRecord record = both.result();
            Totals totals = Totals.of(record);

            assertReceiver(warm, slices, record, totals.warmup);
            assertEquals(totals.received, totals.sent, "every message sent was received: " + totals);
            assertEquals(0, both.exit(), "exit status");
        }
    }

    @Test
    void aLineThatIsNoSliceEndsTheRunWithAnError() throws IOException, InterruptedException {
        try (Worker both = Worker.start(args("latency", "pair", "--warmup", "100"), "both", "inproc://slices")) {
            both.read("warm");
            both.write("slice 0 1 0");
            Totals totals = Totals.of(both.result());
            assertNotNull(totals.error, totals::toString);
            assertTrue(totals.error.contains("unexpected line on stdin 'slice 0 1 0'"), totals.error);
            assertEquals(0, totals.measured, totals::toString);
            assertEquals(0, both.exit(), "exit status");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "throughput --pattern pub-sub --warmup-ms 50 | --slices: pub-sub cannot be measured in slices (PUB drops at "
                + "the high-water mark)",
        "open-loop --rate 1000 --warmup-ms 50        | --slices: open-loop cannot be measured in slices",
        "latency --warmup-ms 50 --count 100          | --slices: --count and --measure-ms do not apply (the parent's "
                + "slice lines are the measurement)",
        "throughput --warmup 100 --measure-ms 100    | --slices: --count and --measure-ms do not apply (the parent's "
                + "slice lines are the measurement)",
        "latency                                     | --slices: needs a warm-up (--warmup N of at least 1, "
                + "--warmup-ms MS or --warmup-auto CAP_MS)",
        "throughput --warmup 0                       | --slices: needs a warm-up (--warmup N of at least 1, "
                + "--warmup-ms MS or --warmup-auto CAP_MS)"})
    void whatCannotBeMeasuredInSlicesIsRefused(String scenario, String message)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--backend", "c", "--size", "64", "--slices", "--scenario"));
        args.addAll(Arrays.asList(scenario.split(" ")));
        try (Worker worker = Worker.start(args, "bind", "tcp://127.0.0.1:*")) {
            JsonObject error = worker.read("error");
            assertEquals(message, error.get("message").getAsString());
            assertNull(worker.out.readLine(), "one line");
            assertEquals(2, worker.exit(), "exit status");
        }
    }

    /** The pinger's warm record, slice records and result agree: every round trip counted once. */
    private static void assertPinger(JsonObject warm, List<JsonObject> slices, Totals pinger) {
        assertWarm(warm);
        long elapsed = 0;
        for (int i = 0; i < SLICES.size(); i++) {
            JsonObject slice = slices.get(i);
            assertEquals(SLICES.get(i).measured, slice.get("messages").getAsLong(), slice::toString);
            long p50 = slice.get("p50_ns").getAsLong();
            assertTrue(p50 > 0 && p50 <= slice.get("p99_ns").getAsLong(), slice::toString);
            elapsed += slice.get("elapsed_ns").getAsLong();
        }
        assertNull(pinger.error, pinger::toString);
        assertEquals(warm.get("warmup_messages").getAsLong(), pinger.warmup, pinger::toString);
        assertEquals(pinger.warmup + PREROLL + MEASURED, pinger.sent, () -> "every round trip: " + pinger);
        assertEquals(pinger.sent, pinger.received, pinger::toString);
        assertEquals(MEASURED, pinger.measured, pinger::toString);
        assertEquals(MEASURED, pinger.samples, pinger::toString);
        assertEquals(elapsed, pinger.elapsedNs, "the slices' round trips in all: " + pinger);
        assertEquals(pinger.warmup, pinger.inWarmupWindows, () -> "the warm-up's timeline: " + pinger);
        assertEquals(0, pinger.inMeasuredWindows, pinger::toString);
    }

    /** Every slice's round trips in order, and the slice's percentiles from them (nearest rank). */
    private static void assertSamples(Path samples, List<JsonObject> slices) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(samples)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(MEASURED * Long.BYTES, bytes.capacity(), "one sample per measured round trip");
        for (JsonObject slice : slices) {
            long[] rtts = new long[slice.get("messages").getAsInt()];
            long sum = 0;
            for (int i = 0; i < rtts.length; i++) {
                rtts[i] = bytes.getLong();
                sum += rtts[i];
            }
            Arrays.sort(rtts);
            assertEquals(slice.get("elapsed_ns").getAsLong(), sum, slice::toString);
            assertEquals(slice.get("p50_ns").getAsLong(), rtts[(rtts.length + 1) / 2 - 1], slice::toString);
            assertEquals(slice.get("p99_ns").getAsLong(), rtts[(99 * rtts.length + 99) / 100 - 1], slice::toString);
        }
    }

    /** The receiver's warm record, slice records and result agree: nothing lost, every message counted once. */
    private static void assertReceiver(JsonObject warm, List<JsonObject> slices, PeerRecord record, long warmupSent) {
        Totals receiver = Totals.of(record);
        assertWarm(warm);
        long elapsed = 0;
        for (int i = 0; i < SLICES.size(); i++) {
            JsonObject slice = slices.get(i);
            assertEquals(SLICES.get(i).measured, slice.get("messages").getAsLong(), slice::toString);
            assertTrue(slice.get("elapsed_ns").getAsLong() >= 0, slice::toString);
            assertTrue(!slice.has("p50_ns"), slice::toString);
            elapsed += slice.get("elapsed_ns").getAsLong();
        }
        assertNull(receiver.error, receiver::toString);
        assertEquals(warmupSent, receiver.warmup, () -> "the warm-up and its tail: " + receiver);
        assertEquals(warmupSent + PREROLL + MEASURED, receiver.received, () -> "every message: " + receiver);
        assertEquals(MEASURED, receiver.measured, receiver::toString);
        assertEquals(elapsed, receiver.elapsedNs, "the slices in all: " + receiver);
        assertEquals(warm.get("warmup_messages").getAsLong() - 1, receiver.inWarmupWindows,
                () -> "the warm-up's timeline, from its first message: " + receiver);
        assertEquals(0, receiver.inMeasuredWindows, receiver::toString);
    }

    private static void assertWarm(JsonObject warm) {
        assertEquals("fixed", warm.get("steady_state").getAsString(), warm::toString);
        assertTrue(warm.get("warmup_messages").getAsLong() > 0, warm::toString);
        assertTrue(warm.get("warmup_ns").getAsLong() >= 0, warm::toString);
        assertTrue(warm.get("rate").getAsDouble() > 0, warm::toString);
    }

    /** The figures of a result record these tests check, read in one place. */
    private record Totals(long warmup, long sent, long received, long measured, long samples, long elapsedNs,
                          long inWarmupWindows, long inMeasuredWindows, String error) {

        static Totals of(PeerRecord r) {
            List<TimelineWindow> timeline = r.warmup().timeline();
            long inWarmup = timeline.stream().filter(w -> !w.measured()).mapToLong(TimelineWindow::messages).sum();
            long inMeasured = timeline.stream().filter(TimelineWindow::measured).mapToLong(TimelineWindow::messages)
                    .sum();
            return new Totals(r.warmup().messages(), r.counts().sent(), r.counts().received(),
                    r.counts().measured(), r.counts().samples(), r.timing().elapsedNs(), inWarmup, inMeasured,
                    r.error());
        }
    }

    private static List<String> args(String scenario, String pattern, String warmup, String value) {
        return List.of("--backend", "c", "--scenario", scenario, "--pattern", pattern, "--size", "64",
                warmup, value, "--window-ms", "10", "--slices");
    }

    private static List<String> plus(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    /** A C worker process: its stdin for slice lines, its stdout for records; killed at the end. */
    private static final class Worker implements AutoCloseable {
        private final Process process;
        private final OutputStream in;
        private final BufferedReader out;

        private Worker(Process process) {
            this.process = process;
            this.in = process.getOutputStream();
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Worker start(List<String> args, String role, String endpoint) throws IOException {
            Home home = Home.fromSystemProperty();
            assertTrue(Files.isExecutable(home.cWorker()), () -> home.cWorker() + " is missing: run 'make native'");
            List<String> command = new ArrayList<>(List.of(home.cWorker().toString(), "--role", role, "--endpoint",
                    endpoint));
            command.addAll(args);
            return new Worker(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }

        void write(String line) throws IOException {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        void closeInput() throws IOException {
            in.close();
        }

        /** The next record, which must be an {@code event} one. */
        JsonObject read(String event) throws IOException {
            String line = out.readLine();
            assertNotNull(line, () -> "the worker ended before a " + event + " record");
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            assertEquals(event, json.get("event").getAsString(), line);
            return json;
        }

        /** SLICES, each with S = 0, as the parent writes them to a pinger or an inproc worker: their records. */
        List<JsonObject> runSlices() throws IOException {
            List<JsonObject> records = new ArrayList<>();
            for (Slice slice : SLICES) {
                write("slice " + slice.measured + " " + slice.preroll + " 0");
                records.add(read("slice"));
            }
            return records;
        }

        PeerRecord result() throws IOException {
            return Json.GSON.fromJson(read(PeerRecord.EVENT), PeerRecord.class);
        }

        int exit() throws InterruptedException {
            return process.waitFor();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
