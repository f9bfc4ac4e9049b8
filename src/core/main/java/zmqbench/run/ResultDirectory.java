package zmqbench.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a comparison saves its result set unless --out says: {@code results/2026-12-02-061843-a26f1a77}. */
public final class ResultDirectory {

    private static final Path ROOT = Path.of("results");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private ResultDirectory() {
    }

    /** The start's date and time, then the options' hash (the configuration that identical runs share). */
    public static Path of(LocalDateTime started, String configHash) {
        return ROOT.resolve(started.format(STARTED) + "-" + configHash);
    }
}
