package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.backend.Backend;
import zmqbench.backend.Backends;

/**
 * Sliced runs (--slices) through the whole worker, driven as the parent drives them: a warm record,
 * one slice record per slice line with the line's N, and a result whose totals hold every message:
 * measured = the slices' N, nothing lost, samples = the slices' round trips. Inproc, and two workers
 * over tcp (threads of the test). Published in this module's test-jar and run once on the in-memory
 * {@link QueueBackend} here, and on a real backend by subclasses in the backend modules.
 */
public abstract class SlicedRunSuite {

    /** Slices as (N, P) pairs, P = 1 among them: its pre-roll's last message is its first. */
    private static final long[][] SLICES = {{3000, 300}, {2000, 1}, {5000, 50}};
    private static final long MEASURED = 10_000;
    private static final long PRE_ROLL = 351;

    @TempDir
    Path dir;

    private final String backend;
    private final Function<String, Backend> backends;
    private final UnaryOperator<String> tcpEndpoint;

    /**
     * @param backend the backend's name, as --backend takes it
     * @param backends where the worker finds it by name
     * @param tcpEndpoint a tcp endpoint to bind, by a name for the test (the ready record says where it is bound)
     */
    protected SlicedRunSuite(String backend, Function<String, Backend> backends, UnaryOperator<String> tcpEndpoint) {
        this.backend = backend;
        this.backends = backends;
        this.tcpEndpoint = tcpEndpoint;
    }

    /** A backend the worker finds as it does when run, on tcp loopback with a port of the system's choosing. */
    protected SlicedRunSuite(String backend) {
        this(backend, Backends::byName, name -> "tcp://127.0.0.1:*");
    }

    @Test
    void aPingerInprocAnswersEachSliceAndWritesItsRoundTrips() throws Exception {
        Path samples = dir.resolve("samples");
        WorkerThread worker = start("--scenario", "latency", "--role", "both", "--endpoint", "inproc://sliced-latency",
                "--size", "16", "--warmup-ms", "50", "--window-ms", "10", "--slices", "--samples", samples.toString());

        assertWarm(worker.next());
        runSlices(worker, null, 0);
        worker.tell("end");
        Totals result = Totals.of(worker.next());

        assertEquals(MEASURED, result.measured());
        assertEquals(MEASURED, result.count());
        assertEquals(MEASURED, result.samples());
        assertEquals(MEASURED * Long.BYTES, Files.size(samples), "each slice's round trips appended");
        long roundTrips = result.warmup() + PRE_ROLL + MEASURED;
        assertEquals(roundTrips, result.sent(), "warm-up, pre-rolls and slices");
        assertEquals(roundTrips, result.received());
        assertEquals(0, worker.exit());
    }

    @Test
    void aReceiverInprocAnswersEachSliceAndCountsEveryMessage() throws Exception {
        WorkerThread worker = start("--scenario", "throughput", "--role", "both", "--endpoint",
                "inproc://sliced-throughput", "--size", "64", "--warmup-ms", "50", "--window-ms", "10", "--slices");

        assertWarm(worker.next());
        runSlices(worker, null, 0); // inproc: the sender's own total stands for S
        worker.tell("end");
        Totals result = Totals.of(worker.next());

        assertEquals(MEASURED, result.measured());
        assertEquals(result.sent(), result.received());
        assertEquals(result.warmup() + PRE_ROLL + MEASURED, result.received(), "the in-flight tail is warm-up");
        assertEquals(0, worker.exit());
    }

    @Test
    void aPingerAndItsEchoOverTcp() throws Exception {
        Path samples = dir.resolve("samples");
        WorkerThread echo = start("--scenario", "latency", "--role", "bind", "--endpoint", tcpEndpoint.apply("latency"),
                "--size", "16", "--warmup", "2000", "--slices");
        WorkerThread pinger = start("--scenario", "latency", "--role", "connect", "--endpoint", ready(echo),
                "--size", "16", "--warmup", "2000", "--slices", "--samples", samples.toString());

        JsonObject warm = pinger.next();
        assertWarm(warm);
        assertEquals("fixed", warm.get("steady_state").getAsString());
        assertEquals(2000, warm.get("warmup_messages").getAsLong());
        runSlices(pinger, null, 0);
        pinger.tell("end");
        Totals pinged = Totals.of(pinger.next());
        Totals echoed = Totals.of(echo.next());

        assertEquals(MEASURED, pinged.samples());
        assertEquals(MEASURED * Long.BYTES, Files.size(samples));
        assertEquals(2000 + PRE_ROLL + MEASURED, pinged.sent());
        assertEquals(pinged.sent(), echoed.received());
        assertEquals(0, pinger.exit());
        assertEquals(0, echo.exit());
    }

    @ParameterizedTest
    @CsvSource({
        "pair,      --warmup-ms,   50",
        "push-pull, --warmup,      20000",
        "pair,      --warmup-auto, 300",
    })
    void aReceiverAndItsSenderOverTcpFollowStopPausedAndTheSendersTotal(String pattern, String warmup,
                                                                        String amount) throws Exception {
        throughputOverTcp(pattern, warmup, amount);
    }

    /**
     * A receiver and its sender, two workers over tcp, through warm, stop, paused, the slices (S the
     * sender's total) and end; every message counted on both sides.
     */
    protected void throughputOverTcp(String pattern, String warmup, String amount) throws Exception {
        String[] common = {"--scenario", "throughput", "--pattern", pattern, "--size", "64", warmup, amount,
            "--window-ms", "10", "--steady-windows", "3", "--slices"};
        WorkerThread receiver = start(concat(common, "--role", "bind", "--endpoint", tcpEndpoint.apply(pattern)));
        WorkerThread sender = start(concat(common, "--role", "connect", "--endpoint", ready(receiver)));

        assertWarm(receiver.next());
        sender.tell("stop"); // as the parent does after every warm record
        JsonObject paused = sender.next();
        assertEquals("paused", paused.get("event").getAsString());
        runSlices(receiver, sender, paused.get("messages_sent").getAsLong());
        receiver.tell("end");
        sender.tell("end");
        Totals received = Totals.of(receiver.next());
        sender.tell("release");
        Totals sent = Totals.of(sender.next());

        long pausedAt = paused.get("messages_sent").getAsLong();
        long total = pausedAt + PRE_ROLL + MEASURED;
        assertEquals(total, sent.sent());
        assertEquals(total, received.received(), "nothing lost");
        assertEquals(MEASURED, received.measured());
        assertEquals(MEASURED, sent.measured());
        assertEquals(pausedAt, sent.warmup());
        assertEquals(pausedAt, received.warmup(), "the in-flight tail counts as warm-up");
        assertEquals(0, receiver.exit());
        assertEquals(0, sender.exit());
    }

    private WorkerThread start(String... args) throws IOException {
        return WorkerThread.start(concat(new String[] {"--backend", backend}, args), backends);
    }

    /** The bound endpoint from the bind side's ready record. */
    private static String ready(WorkerThread bind) throws InterruptedException {
        JsonObject ready = bind.next();
        assertEquals("ready", ready.get("event").getAsString(), ready::toString);
        return ready.get("endpoint").getAsString();
    }

    /**
     * Writes each slice line (and the sender's, if any) and checks its answer; S is what the sender
     * had sent before the first, {@code sent}, plus each slice's P + N.
     */
    private static void runSlices(WorkerThread timed, WorkerThread sender, long sent) throws Exception {
        for (long[] slice : SLICES) {
            timed.tell("slice " + slice[0] + " " + slice[1] + " " + sent);
            if (sender != null) {
                sender.tell("slice " + slice[0] + " " + slice[1]);
            }
            JsonObject record = timed.next();
            assertEquals("slice", record.get("event").getAsString(), record::toString);
            assertEquals(slice[0], record.get("messages").getAsLong());
            assertTrue(record.get("elapsed_ns").getAsLong() > 0, record::toString);
            if (record.has("p50_ns")) {
                long p50 = record.get("p50_ns").getAsLong();
                assertTrue(p50 > 0 && p50 <= record.get("p99_ns").getAsLong(), record::toString);
            }
            sent += slice[0] + slice[1];
        }
    }

    private static void assertWarm(JsonObject warm) {
        assertEquals("warm", warm.get("event").getAsString(), warm::toString);
        assertTrue(List.of("steady", "not steady", "fixed").contains(warm.get("steady_state").getAsString()),
                warm::toString);
        assertTrue(warm.get("warmup_messages").getAsLong() > 0, warm::toString);
        assertTrue(warm.get("warmup_ns").getAsLong() > 0, warm::toString);
        assertTrue(warm.get("rate").getAsDouble() > 0, warm::toString);
    }

    /** A result record's totals, which must be error-free: the one place that reads the record's layout. */
    private record Totals(long count, long sent, long received, long measured, long samples, long warmup) {
        static Totals of(JsonObject record) {
            assertEquals("result", record.get("event").getAsString(), record::toString);
            assertTrue(record.get("error").isJsonNull(), record::toString);
            return new Totals(record.get("count").getAsLong(), record.get("messages_sent").getAsLong(),
                    record.get("messages_received").getAsLong(), record.get("measured_messages").getAsLong(),
                    record.get("samples").getAsLong(), record.get("warmup_messages").getAsLong());
        }
    }

    private static String[] concat(String[] first, String... second) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        return all.toArray(String[]::new);
    }
}
