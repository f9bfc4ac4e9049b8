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
