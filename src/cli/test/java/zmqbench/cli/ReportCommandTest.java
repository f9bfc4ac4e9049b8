package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    void rendersATableWithoutColourWhenNotOnATerminal() {
        Path set = SavedSets.write(temp.resolve("set"), 20_000, "8");
        Cli cli = Cli.run("report", set.toString());
        assertEquals(0, cli.status(), cli::toString);
        assertTrue(cli.out().contains("latency, pair tcp 64 B"), cli::toString);
        assertTrue(cli.out().contains("vs c [95% CI]"), cli::toString);
        assertFalse(cli.out().contains("\u001b["), cli::toString);
        assertTrue(cli.out().lines().allMatch(line -> line.length() <= 100), cli::toString);
    }

    @Test
    void writesEachFormatToAFile() throws IOException {
        Path set = SavedSets.write(temp.resolve("set"), 20_000, "8");
        for (String format : new String[] {"md", "csv", "json", "html"}) {
            Path file = temp.resolve("report." + format);
            Cli cli = Cli.run("report", set.toString(), "--format", format, "--output", file.toString());
            assertEquals(0, cli.status(), cli::toString);
            assertTrue(Files.size(file) > 0, format);
        }
        assertTrue(Files.readString(temp.resolve("report.csv")).startsWith("scenario,pattern,transport,size_bytes,hwm,gap_ns,backend,"));
        assertTrue(JsonParser.parseString(Files.readString(temp.resolve("report.json"))).isJsonObject());
    }

    @Test
    void aMissingDirectoryIsOneLineAndExitTwo() {
        Cli cli = Cli.run("report", temp.resolve("nowhere").toString());
        assertEquals(2, cli.status(), cli::toString);
        assertEquals(1, cli.err().lines().count(), cli::toString);
        assertTrue(cli.err().startsWith("zmqbench: no such result set: "), cli::toString);
    }

    @Test
    void aDirectoryThatIsNotAResultSetIsOneLineAndExitTwo() {
        Cli cli = Cli.run("report", temp.toString());
        assertEquals(2, cli.status(), cli::toString);
        assertEquals("zmqbench: " + temp + " is not a result set (it has no set.json)", cli.err().strip());
    }

    @Test
    void aCorruptSetIsOnePlainLineAndExitTwo() throws IOException {
        Path set = SavedSets.write(temp.resolve("set"), 20_000, "8");
        Files.writeString(set.resolve("set.json"), "{\"tool_version\": \"0.1.0\", \"cells\": 5}");
        Cli cli = Cli.run("report", set.toString());
        assertEquals(2, cli.status(), cli::toString);
        assertEquals("zmqbench: " + set.resolve("set.json") + " is not a result set: expected an array, found a "
                + "number at line 1 column 37 (in cells)", cli.err().strip());
    }

    @Test
    void anUnknownFormatListsTheChoices() {
        Path set = SavedSets.write(temp.resolve("set"), 20_000, "8");
        Cli cli = Cli.run("report", set.toString(), "--format", "xml");
        assertEquals(2, cli.status(), cli::toString);
        assertTrue(cli.err().contains("table, md, csv, json, html"), cli::toString);
    }
}
