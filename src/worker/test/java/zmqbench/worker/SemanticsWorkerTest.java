package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The worker hands {@code --scenario semantics} to its own parser; bad arguments are exit status 2. */
class SemanticsWorkerTest {

    private static String run(int expectedStatus, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = WorkerMain.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedStatus, status, out);
        return out;
    }

    @Test
    void aZeroHwmIsRefused() {
        String out = run(2, "--backend", "c", "--scenario", "semantics", "--socket", "pair", "--transport", "inproc",
                "--hwm", "0");
        assertTrue(out.startsWith("{\"event\":\"error\",\"message\":\"--hwm must be at least 1"), out);
    }

    @Test
    void theOtherScenariosOptionsAreNotItsOwn() {
        String out = run(2, "--backend", "c", "--scenario", "semantics", "--socket", "pair", "--transport", "tcp",
                "--pattern", "pair");
        assertTrue(out.contains("unknown semantics argument '--pattern'"), out);
    }

    @Test
    void anUnknownSocketIsNamed() {
        String out = run(2, "--backend", "c", "--scenario", "semantics", "--socket", "xsub", "--transport", "tcp");
        assertTrue(out.contains(
                "unknown socket 'xsub' (known: pair, push, dealer, req, pub, router, router-mandatory)"), out);
    }
}
