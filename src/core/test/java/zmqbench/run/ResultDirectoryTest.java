package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ResultDirectoryTest {

    @Test
    void isTheStartThenTheConfigHashUnderResults() {
        assertEquals(Path.of("results/2026-12-02-061843-a26f1a77"),
                ResultDirectory.of(LocalDateTime.of(2026, 12, 2, 6, 18, 43, 999_000_000), "a26f1a77"));
    }
}
