package zmqbench.cli.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Calibration.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void pendingNamesTheUndecidedCellsInTheToolFilesOrder() throws IOException {
        Path tool = file("tool.txt", """
                1 c latency 64 40000
                1 c throughput 64 3000000
                2 c latency 64 44000
                2 c throughput 64 3300000
                3 c latency 64 36000
                3 c throughput 64 2000000
                """);
        Path plain = file("plain.txt", """
                1 c latency 64 40100
                1 c throughput 64 3000000
                2 c latency 64 44200
                2 c throughput 64 3000000
                3 c latency 64 36000
                3 c throughput 64 2900000
                """);
        assertEquals(0, run("pending", tool.toString(), plain.toString(), "3", "10"));
        assertEquals("c throughput 64\n", out.toString(StandardCharsets.UTF_8), "latency is within +-5%");
        out.reset();
        assertEquals(0, run("pending", tool.toString(), plain.toString(), "4", "10"));
        assertEquals("c latency 64\nc throughput 64\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tableShowsEachCellsRatioRoundsAndVerdict() throws IOException {
        Path tool = file("tool.txt", "1 jeromq latency 1024 50000\n2 jeromq latency 1024 52000\n");
        Path plain = file("plain.txt", "1 jeromq latency 1024 50000\n2 jeromq latency 1024 52000\n");
        assertEquals(0, run("table", tool.toString(), plain.toString(), "2", "2"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("backend") && lines[0].contains("tool/plain [95%]"), lines[0]);
        assertTrue(lines[1].matches("jeromq\\s+RTT p50\\s+1 KiB\\s+51\\.0 \\[38\\.3, 63\\.7\\] µs\\s+51\\.0 \\[38\\.3, 63\\.7\\] µs\\s+1\\.00x \\[1\\.00, 1\\.00\\]\\s+2\\s+yes"
                + "\\s+2\\.8%\\s+2\\.8%"),
                lines[1]);
    }

    @Test
    void badUsageAndBadLinesExitTwoWithOneLine() throws IOException {
        assertEquals(2, run("table"));
        Path bad = file("bad.txt", "1 c latency 64\n");
        assertEquals(2, run("table", bad.toString(), bad.toString(), "1", "2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.txt:1: expected ROUND BACKEND"),
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        Path text = file("text.txt", "1 c latency 64 fast\n");
        assertEquals(2, run("pending", text.toString(), text.toString(), "1", "2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a number"));
    }
}
