package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.protocol.Json;
import zmqbench.protocol.PeerRecord;

/**
 * For the backend modules whose bindings allocate nothing per message (published in this module's
 * test-jar, subclassed once each, as {@link zmqbench.backend.ConformanceSuite}): a real inproc fork
 * through the worker, warm-up then a short timed measurement, must show less than half a byte
 * allocated by the whole process per measured message: what is left is the harness's own. A bound
 * on behaviour, not on speed.
 */
public abstract class SteadyAllocationSuite {

    /** The backend's name, as --backend takes it. */
    protected abstract String backend();

    @ParameterizedTest
    @ValueSource(strings = {"throughput", "latency"})
    void lessThanHalfAByteAMessageOnceWarm(String scenario) throws IOException {
        double perMessage = perMessage(backend(), scenario);
        assertTrue(perMessage < 0.5, perMessage + " bytes a message");
    }

    /** Bytes allocated per measured message (round trip for latency) over a 64-byte inproc PAIR fork. */
    static double perMessage(String backend, String scenario) throws IOException {
        Path samples = Files.createTempFile("zmqbench-allocation", ".samples");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = WorkerMain.run(new String[] {"--backend", backend, "--scenario", scenario, "--role", "both",
                "--endpoint", "inproc://allocation", "--size", "64", "--warmup-ms", "500", "--measure-ms", "300",
                "--samples", samples.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
            String text = out.toString(StandardCharsets.UTF_8).strip();
            assertEquals(WorkerMain.EXIT_OK, exit, text);
            PeerRecord result = Json.GSON.fromJson(text, PeerRecord.class);
            assertNull(result.error(), text);
            long measured = result.counts().measured();
            assertTrue(measured > 0, text);
            return result.cost().allocBytes() / (double) measured;
        } finally {
            Files.deleteIfExists(samples);
        }
    }
}
