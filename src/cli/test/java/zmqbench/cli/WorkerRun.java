package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one worker command to its end (stdin empty, stderr dropped) and gives its stdout. */
final class WorkerRun {

    private static final long DEADLINE_SECONDS = 60;

    private WorkerRun() {
    }

    /** The worker's stdout, stripped, once it exited with {@code status} within the deadline. */
    static String stdout(List<String> command, int status) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + ": did not finish within " + DEADLINE_SECONDS + " s");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(status, process.exitValue(), out);
        return out;
    }
}
