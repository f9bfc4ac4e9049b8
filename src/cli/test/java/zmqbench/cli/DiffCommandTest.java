package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path temp;

    @Test
    void aSetAgainstItselfHasNoChangeAndExitsZero() {
        Path a = SavedSets.write(temp.resolve("a"), 20_000, "8");
        Cli cli = Cli.run("diff", a.toString(), a.toString(), "--fail-on", "5%");
        assertEquals(0, cli.status(), cli::toString);
        assertTrue(cli.out().contains("No significant change"), cli::toString);
    }

    @Test
    void theMachinesDriftCancelsInTheRatiosButNotInAbsoluteFigures() {
        // Both backends 20% slower, the baseline c too: the weather between two runs.
        Path a = SavedSets.write(temp.resolve("a"), 20_000, "8");
        Path b = SavedSets.write(temp.resolve("b"), 24_000, "8");
        Cli ratios = Cli.run("diff", a.toString(), b.toString(), "--fail-on", "5%");
        assertEquals(0, ratios.status(), ratios::toString);
        assertTrue(ratios.out().contains("No significant change"), ratios::toString);
        assertTrue(ratios.out().contains("c's own rows are the baseline"), ratios::toString);
        Cli absolute = Cli.run("diff", a.toString(), b.toString(), "--fail-on", "5%", "--absolute");
        assertEquals(1, absolute.status(), absolute::toString);
        assertTrue(absolute.out().lines().anyMatch(l -> l.matches("c +pair tcp 64 B +RTT p50, µs .*\\+20% .* regressed")),
                absolute::toString);
        assertTrue(absolute.out().contains("FAILED"), absolute::toString);
    }

    @Test
    void aRatioThatChangedBeyondTheThresholdExitsOne() {
        Path a = SavedSets.write(temp.resolve("a"), 20_000, "8");
        Path b = SavedSets.write(temp.resolve("b"), 20_000, 2.4, "c", "8");
        Cli gated = Cli.run("diff", a.toString(), b.toString(), "--fail-on", "5%");
        assertEquals(1, gated.status(), gated::toString);
        assertTrue(gated.out().lines().anyMatch(l -> l.matches("jeromq +pair tcp 64 B +RTT p50, µs +2\\.00x +2\\.40x "
                + "+\\+20% .* regressed")), gated::toString);
        assertTrue(gated.out().contains("FAILED"), gated::toString);
        assertEquals(0, Cli.run("diff", a.toString(), b.toString(), "--fail-on", "50%").status());
        assertEquals(0, Cli.run("diff", a.toString(), b.toString()).status(), "no gate without --fail-on");
    }

    @Test
    void withoutACommonBaselineAbsoluteFiguresAreComparedAndSaidSo() {
        Path a = SavedSets.write(temp.resolve("a"), 20_000, "8");
        Path b = SavedSets.write(temp.resolve("b"), 24_000, 2.0, null, "8");
        Cli cli = Cli.run("diff", a.toString(), b.toString(), "--fail-on", "5%");
        assertEquals(1, cli.status(), cli::toString);
        assertEquals(List.of("No common baseline (A: c, B: none): absolute figures compared, the machine's drift "
                + "included."), cli.out().lines().filter(l -> l.contains("baseline")).toList(), cli::toString);
    }

    @Test
    void refusesADifferentCpuCountUnlessForced() {
        Path a = SavedSets.write(temp.resolve("a"), 20_000, "8");
        Path b = SavedSets.write(temp.resolve("b"), 20_000, "16");
        Cli refused = Cli.run("diff", a.toString(), b.toString());
        assertEquals(2, refused.status(), refused::toString);
        assertEquals(1, refused.err().lines().count(), refused::toString);
        assertTrue(refused.err().contains("cpu_count 8 vs 16") && refused.err().contains("--force"), refused::toString);
        Cli forced = Cli.run("diff", a.toString(), b.toString(), "--force");
        assertEquals(0, forced.status(), forced::toString);
        assertTrue(forced.out().contains("WARNING"), forced::toString);
    }

    @Test
    void aCorruptSetIsOnePlainLineAndExitTwo() throws IOException {
        Path a = SavedSets.write(temp.resolve("a"), 20_000, "8");
        Path b = SavedSets.write(temp.resolve("b"), 20_000, "8");
        Files.writeString(b.resolve("set.json"), "{\"tool_version\": \"0.1.0\",");
        Cli cli = Cli.run("diff", a.toString(), b.toString());
        assertEquals(2, cli.status(), cli::toString);
        assertEquals("zmqbench: " + b.resolve("set.json") + " is not a result set: the file ends too early at line 1 "
                + "column 26", cli.err().strip());
    }

    @Test
    void markdownAndBadUsage() {
        Path a = SavedSets.write(temp.resolve("a"), 20_000, "8");
        Path b = SavedSets.write(temp.resolve("b"), 20_000, 2.4, "c", "8");
        Cli md = Cli.run("diff", a.toString(), b.toString(), "--format", "md");
        assertEquals(0, md.status(), md::toString);
        assertTrue(md.out().contains("| backend | cell |"), md::toString);
        Cli json = Cli.run("diff", a.toString(), b.toString(), "--format", "json", "--fail-on", "5%");
        assertEquals(1, json.status(), json::toString);
        assertFalse(com.google.gson.JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("gate")
                .get("passed").getAsBoolean(), json::toString);
        Cli html = Cli.run("diff", a.toString(), b.toString(), "--format", "html");
        assertEquals(0, html.status(), html::toString);
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html::toString);
        Cli csv = Cli.run("diff", a.toString(), b.toString(), "--format", "csv");
        assertEquals(2, csv.status());
        assertTrue(csv.err().contains("unknown diff format 'csv' (known: table, md, json, html)"), csv::toString);
        assertEquals(2, Cli.run("diff", a.toString(), b.toString(), "--fail-on", "lots").status());
        assertEquals(2, Cli.run("diff", a.toString(), temp.resolve("missing").toString()).status());
    }
}
