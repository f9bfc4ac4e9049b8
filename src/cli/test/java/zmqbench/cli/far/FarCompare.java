package zmqbench.cli.far;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/**
 * 'zmqbench compare' run by the installed launcher inside the near namespace, as a user would run
 * it on the near host; its result set, output and exit status.
 */
final class FarCompare {

    /** A whole small comparison on a loaded 2-CPU machine; past this the run counts as hung. */
    private static final long RUN_TIMEOUT_S = 300;

    private final Process process;
    private final Path dir;

    private FarCompare(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    /** Starts {@code compare ARGS --out DIR/set} in the near namespace. */
    static FarCompare start(NetnsPair pair, Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher(), "compare"));
        command.addAll(List.of(args));
        command.addAll(List.of("--out", dir.resolve("set").toString(), "--format", "csv", "--no-color"));
        Process process = new ProcessBuilder(pair.inNear(command.toArray(String[]::new)))
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile())
                .start();
        process.getOutputStream().close();
        return new FarCompare(process, dir);
    }

    /** Waits for the end (bounded); the exit status. */
    int finish() throws InterruptedException {
        if (!process.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("compare did not end within " + RUN_TIMEOUT_S + " s: " + this);
        }
        return process.exitValue();
    }

    ResultSet results() {
        return ResultStore.read(dir.resolve("set"));
    }

    String stderr() {
        return read("stderr");
    }

    @Override
    public String toString() {
        return "--- stdout\n" + read("stdout") + "\n--- stderr\n" + read("stderr");
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static String launcher() {
        return Path.of(System.getProperty("zmqbench.home", ".")).resolve("zmqbench").toAbsolutePath().toString();
    }
}
