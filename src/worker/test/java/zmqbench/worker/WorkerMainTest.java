package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.scenario.FakeSocket;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;

/** The worker's error records: one JSON line and the protocol's exit status. */
class WorkerMainTest {

    @Test
    void unknownBackendIsAUsageErrorNamingTheBackend() {
        JsonObject record = runExpecting(WorkerMain.EXIT_USAGE, "--backend", "nope", "--describe");
        assertEquals("error", record.get("event").getAsString());
        assertTrue(record.get("message").getAsString().contains("unknown backend 'nope'"), record::toString);
    }

    @Test
    void badArgumentsAreAUsageError() {
        JsonObject record = runExpecting(WorkerMain.EXIT_USAGE, "--backend", "c", "--scenario", "latency",
                "--role", "connect", "--endpoint", "tcp://127.0.0.1:1", "--size", "-1", "--count", "10");
        assertTrue(record.get("message").getAsString().contains("--size"), record::toString);
    }

    @Test
    void theSubscriberSubscribesToTheDataTopicBeforeItIsBound() {
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.BOTH, Pattern.PUB_SUB)
                .endpoint("inproc://x").size(16).counted(10, 0).hwm(100).timeoutMs(2000).build();
        FakeSocket.Context context = new FakeSocket.Context();
        WorkerMain.open(context, spec, true);
        WorkerMain.open(context, spec, false);
        FakeSocket sub = context.sockets.get(0);
        FakeSocket pub = context.sockets.get(1);
        assertEquals("SUB", sub.type().name());
        assertEquals(List.of("SNDHWM=100", "RCVHWM=100", "RCVTIMEO=2000", "SNDTIMEO=2000", "LINGER=2000",
                "SUBSCRIBE=[68]"), sub.calls());
        assertEquals("PUB", pub.type().name());
        assertTrue(pub.calls().stream().noneMatch(call -> call.startsWith("SUBSCRIBE")), pub.calls()::toString);
    }

    @Test
    void aSlicedRunsPassiveSideWaitsWithoutATimeoutAndItsActiveSideKeepsIt() {
        PeerSpec spec = PeerSpec.builder("fake", ScenarioKind.THROUGHPUT, Role.BOTH, Pattern.PUSH_PULL)
                .endpoint("inproc://x").size(16).phases(Phase.millis(100), Phase.slices()).timeoutMs(2000).build();
        FakeSocket.Context context = new FakeSocket.Context();
        WorkerMain.open(context, spec, true);
        WorkerMain.open(context, spec, false);
        assertTrue(context.sockets.get(0).calls().contains("RCVTIMEO=-1"), context.sockets.get(0).calls()::toString);
        assertTrue(context.sockets.get(1).calls().contains("RCVTIMEO=2000"), context.sockets.get(1).calls()::toString);
    }

    @Test
    void pubSubBelowNineBytesIsAUsageError() {
        JsonObject record = runExpecting(WorkerMain.EXIT_USAGE, "--backend", "c", "--scenario", "throughput",
                "--role", "bind", "--pattern", "pub-sub", "--endpoint", "tcp://127.0.0.1:*", "--size", "8",
                "--count", "10");
        assertEquals("pub-sub needs --size of at least 9 bytes (a topic byte and an 8-byte sequence number in every "
                + "message), got 8", record.get("message").getAsString());
    }

    private static JsonObject runExpecting(int status, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WorkerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(status, exit, text);
        assertEquals(1, text.lines().count(), text);
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
