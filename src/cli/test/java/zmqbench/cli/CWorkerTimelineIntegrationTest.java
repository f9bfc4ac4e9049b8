package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.protocol.Json;
import zmqbench.protocol.MeasuredRecord;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.TimelineWindow;
import zmqbench.run.Home;

/**
 * The C worker's open-loop pinger and pub-sub subscriber keep the timeline from their first
 * message, and a subscriber with timed phases ends them itself: two worker processes on tcp
 * loopback; counts, order and lower bounds, never speeds. (pub-sub with no high-water mark, so
 * that nothing is dropped at it.)
 */
class CWorkerTimelineIntegrationTest {

    private static final int WARMUP = 2000;
    private static final int COUNT = 20000;
    private static final long WINDOW_MS = 5;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "open-loop  | pair    | connect | --rate 20000",
        "throughput | pub-sub | bind    | --hwm 0"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theTimedSideKeepsItsTimelineFromTheFirstMessage(String scenario, String pattern, String timedRole,
                                                         String extra) throws IOException, InterruptedException {
        Home home = Home.fromSystemProperty();
        assertTrue(Files.isExecutable(home.cWorker()), () -> home.cWorker() + " is missing: run 'make native'");
        List<String> args = new ArrayList<>(List.of("--backend", "c", "--scenario", scenario, "--pattern", pattern,
                "--size", "64", "--warmup", "" + WARMUP, "--count", "" + COUNT, "--window-ms", "" + WINDOW_MS));
        args.addAll(List.of(extra.split(" ")));

        List<PeerRecord> records = runPair(home, args);

        PeerRecord timed = timedRole.equals("bind") ? records.get(0) : records.get(1);
        PeerRecord other = timedRole.equals("bind") ? records.get(1) : records.get(0);
        assertNull(timed.error(), timed::toString);
        assertNull(other.error(), other::toString);
        assertEquals(List.of(), other.warmup().timeline(), "the untimed side keeps no timeline");
        assertTimeline(timed, scenario.equals("open-loop"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--warmup-ms   | 50   | fixed",
        "--warmup-auto | 2000 | steady or not steady"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anOpenLoopWarmUpByTimeEndsOnceItsRepliesAreIn(String warmup, String value, String states)
            throws IOException, InterruptedException {
        Home home = Home.fromSystemProperty();
        assertTrue(Files.isExecutable(home.cWorker()), () -> home.cWorker() + " is missing: run 'make native'");
        List<String> args = List.of("--backend", "c", "--scenario", "open-loop", "--pattern", "pair", "--size", "64",
                warmup, value, "--count", "" + COUNT, "--window-ms", "" + WINDOW_MS, "--rate", "20000");
        List<PeerRecord> records = runPair(home, args);

        PeerRecord pinger = records.get(1);
        String record = pinger.toString();
        assertNull(pinger.error(), record);
        assertNull(records.get(0).error(), records.get(0)::toString);
        assertTrue(List.of(states.split(" or ")).contains(pinger.warmup().steadyState()), record);
        assertTrue(pinger.warmup().messages() > 0, record);
        assertEquals(pinger.warmup().messages() + COUNT, pinger.counts().sent(), record);
        assertEquals(pinger.counts().sent(), pinger.counts().received(), "every warm-up reply was taken: " + record);
        assertEquals(COUNT, pinger.counts().measured(), record);
        long inWarmupWindows = pinger.warmup().timeline().stream().filter(w -> !w.measured())
                .mapToLong(TimelineWindow::messages).sum();
        assertEquals(pinger.warmup().messages(), inWarmupWindows, record);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTimedSubscriberSaysMeasuredThenWaitsForThePublishersEnd() throws IOException, InterruptedException {
        Home home = Home.fromSystemProperty();
        assertTrue(Files.isExecutable(home.cWorker()), () -> home.cWorker() + " is missing: run 'make native'");
        List<String> args = List.of("--backend", "c", "--scenario", "throughput", "--pattern", "pub-sub", "--size", "64",
                "--warmup-ms", "50", "--measure-ms", "200", "--window-ms", "" + WINDOW_MS, "--hwm", "0");
        Process bind = start(home, args, "bind", "tcp://127.0.0.1:*");
        Process connect = null;
        try {
            BufferedReader bindOut = lines(bind);
            JsonObject ready = JsonParser.parseString(bindOut.readLine()).getAsJsonObject();
            connect = start(home, args, "connect", ready.get("endpoint").getAsString());
            BufferedReader connectOut = lines(connect);
            JsonObject measured = JsonParser.parseString(bindOut.readLine()).getAsJsonObject();
            assertEquals(MeasuredRecord.EVENT, measured.get("event").getAsString(), measured::toString);
            connect.getOutputStream().write("stop\n".getBytes(StandardCharsets.UTF_8));
            connect.getOutputStream().flush();
            PeerRecord subscriber = result(bindOut.readLine());
            connect.getOutputStream().close();
            PeerRecord publisher = result(connectOut.readLine());
            assertEquals(0, bind.waitFor(), "bind side exit status");
            assertEquals(0, connect.waitFor(), "connect side exit status");

            String record = subscriber.toString();
            assertNull(subscriber.error(), record);
            assertNull(publisher.error(), publisher::toString);
            assertEquals(publisher.counts().sent(), subscriber.counts().received(), "no high-water mark: all came");
            assertEquals(0, subscriber.counts().dropped(), record);
            assertTrue(subscriber.timing().elapsedNs() >= 200_000_000L,
                    () -> "measured for --measure-ms at least: " + record);
            assertTrue(subscriber.warmup().durationNs() >= 50_000_000L,
                    () -> "warmed up for --warmup-ms at least: " + record);
            assertTrue(subscriber.counts().received() > subscriber.warmup().messages() + subscriber.counts().measured(),
                    () -> "data still came after the measurement, up to the end marker: " + record);
            long inWindows = subscriber.warmup().timeline().stream().filter(TimelineWindow::measured)
                    .mapToLong(TimelineWindow::messages).sum();
            assertEquals(subscriber.counts().measured(), inWindows, record);
        } finally {
            bind.destroyForcibly();
            if (connect != null) {
                connect.destroyForcibly();
            }
        }
    }

    private static void assertTimeline(PeerRecord timed, boolean roundTrips) {
        List<TimelineWindow> timeline = timed.warmup().timeline();
        String record = timed.toString();
        assertFalse(timeline.isEmpty(), record);
        assertEquals(WINDOW_MS * 1_000_000, timed.warmup().windowNs(), record);
        assertEquals("fixed", timed.warmup().steadyState(), record);
        assertEquals(WARMUP, timed.warmup().messages(), record);
        assertTrue(timed.warmup().durationNs() >= 0, record);
        long previousEnd = 0;
        boolean measuring = false;
        for (TimelineWindow window : timeline) {
            assertTrue(window.endNs() >= previousEnd, () -> "windows in order: " + record);
            assertTrue(window.messages() >= 0 && window.value() >= 0, record);
            assertTrue(window.measured() || !measuring, () -> "warm-up windows before measured ones: " + record);
            previousEnd = window.endNs();
            measuring = window.measured();
        }
        long measured = timeline.stream().filter(TimelineWindow::measured).mapToLong(TimelineWindow::messages).sum();
        long all = timeline.stream().mapToLong(TimelineWindow::messages).sum();
        assertTrue(timeline.stream().anyMatch(TimelineWindow::measured), () -> "measured windows: " + record);
        assertEquals(timed.counts().measured(), measured,
                () -> "measured windows hold the measured messages: " + record);
        if (roundTrips) { // every reply, from the first message
            assertEquals(COUNT, measured, record);
            assertEquals(WARMUP + COUNT, all, record);
        } else { // every data message delivered after the first one, the timeline's origin
            assertEquals(timed.counts().received() - 1, all, record);
        }
    }

    /**
     * Runs a bind and a connect C worker with {@code args}: their results, bind side first. The
     * connect side's stdin closes once the bind side has reported (that releases a publisher).
     */
    private static List<PeerRecord> runPair(Home home, List<String> args) throws IOException, InterruptedException {
        Process bind = start(home, args, "bind", "tcp://127.0.0.1:*");
        Process connect = null;
        try {
            BufferedReader bindOut = lines(bind);
            JsonObject ready = JsonParser.parseString(bindOut.readLine()).getAsJsonObject();
            assertEquals("ready", ready.get("event").getAsString(), ready::toString);
            connect = start(home, args, "connect", ready.get("endpoint").getAsString());
            BufferedReader connectOut = lines(connect);
            PeerRecord bound = result(bindOut.readLine());
            connect.getOutputStream().close();
            PeerRecord connected = result(connectOut.readLine());
            assertEquals(0, bind.waitFor(), "bind side exit status");
            assertEquals(0, connect.waitFor(), "connect side exit status");
            return List.of(bound, connected);
        } finally {
            bind.destroyForcibly();
            if (connect != null) {
                connect.destroyForcibly();
            }
        }
    }

    private static Process start(Home home, List<String> args, String role, String endpoint) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.cWorker().toString(), "--role", role, "--endpoint",
                endpoint));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader lines(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static PeerRecord result(String line) {
        assertTrue(line != null, "the worker ended without a result");
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        assertEquals(PeerRecord.EVENT, json.get("event").getAsString(), line);
        return Json.GSON.fromJson(json, PeerRecord.class);
    }
}
