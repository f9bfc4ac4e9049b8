package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.ResultSet;
import zmqbench.results.RunLog;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/** The first screen says when the run was, how long it took, and how each cell's rounds went, in one line. */
class RunLogLineTest {

    private static final OffsetDateTime STARTED = OffsetDateTime.of(2026, 12, 2, 9, 17, 7, 537_000_000, ZoneOffset.UTC);
    private static final String LINE = "run: 2026-12-02 09:17:07 to 09:19:52 UTC (165 s); latency: 23 rounds, "
            + "276 slices, 4 disturbed, decided; throughput: 18 rounds, 216 slices, 0 disturbed, 3 forks added, time budget";

    private static CellKey key(ScenarioKind scenario, Transport transport) {
        return new CellKey(scenario, Pattern.PAIR, transport, 64, -1);
    }

    private static ResultSet logged() {
        return SyntheticResults.fullSet().withRunLog(RunLog.of(STARTED, STARTED.plusSeconds(165), List.of(
                new RunLog.CellRun(key(ScenarioKind.LATENCY, Transport.TCP), RunLog.Method.SLICES, 23, 276, 4, 0,
                        "decided"),
                new RunLog.CellRun(key(ScenarioKind.THROUGHPUT, Transport.TCP), RunLog.Method.SLICES, 18, 216, 0, 3,
                        "time budget"))));
    }

    @Test
    void theTerminalSaysItRightUnderTheTitle() {
        String text = Render.of(new TableReport(ReportOptions.plain()), logged());
        String firstParagraphs = text.substring(0, text.indexOf("Summary, latency")).replaceAll("\\s+", " ");
        assertTrue(firstParagraphs.endsWith("against c " + LINE + " "), text);
    }

    @Test
    void markdownAndHtmlSayItTooAndJsonCarriesTheLogAsStored() {
        String md = Render.of(new MarkdownReport(), logged());
        assertTrue(md.lines().anyMatch(LINE::equals), md);
        assertTrue(md.indexOf(LINE) < md.indexOf("| cell"), md);
        assertTrue(new HtmlReport().render(logged()).contains("<p>" + LINE + "</p>"));
        JsonObject json = JsonParser.parseString(Render.of(new JsonReport(), logged())).getAsJsonObject();
        JsonObject log = json.getAsJsonObject("run_log");
        assertEquals("2026-12-02T09:17:07.537+00:00", log.get("started").getAsString());
        assertEquals(165.0, log.get("duration_seconds").getAsDouble());
        assertEquals("slices", log.getAsJsonArray("cells").get(0).getAsJsonObject().get("method").getAsString());
    }

    @Test
    void aSetWithoutALogSaysNothingThere() {
        ResultSet before = SyntheticResults.fullSet();
        assertEquals(Optional.empty(), RunLogLine.of(before));
        assertFalse(Render.of(new TableReport(ReportOptions.plain()), before).contains("run: "));
        assertFalse(Render.of(new MarkdownReport(), before).contains("run: "));
    }

    @Test
    void cellsOfOneScenarioAreNamedInFullAndForksSayWhatTheyRan() {
        OffsetDateTime started = OffsetDateTime.of(2026, 12, 2, 23, 59, 30, 0, ZoneOffset.ofHours(1));
        RunLog log = RunLog.of(started, started.plusSeconds(90), List.of(
                new RunLog.CellRun(key(ScenarioKind.LATENCY, Transport.TCP), RunLog.Method.SLICES, 5, 21, 1, 0,
                        "decided"),
                RunLog.CellRun.forks(key(ScenarioKind.LATENCY, Transport.IPC), 1, "fixed")));
        assertEquals(Optional.of("run: 2026-12-02 23:59:30 to 2026-12-03 00:01:00 UTC+01:00 (90 s); "
                + "latency tcp 64 B: 5 rounds, 21 slices, 1 disturbed, decided; latency ipc 64 B: 1 round of forks, "
                + "fixed"), RunLogLine.of(SyntheticResults.fullSet().withRunLog(log)));
    }
}
