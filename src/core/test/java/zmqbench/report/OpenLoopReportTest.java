package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/** Open-loop cells in every format: corrected and uncorrected side by side, and the rate. */
class OpenLoopReportTest {

    private static final String CORRECTED = "coordinated-omission corrected (from intended send time)";
    private static final String UNCORRECTED = "uncorrected (from actual send)";
    private static final String RATE_NOTE = "target rate 10000 msg/s not met (below 99%) in 5 of 5 forks";
    private static final CellKey KEY = new CellKey(ScenarioKind.OPEN_LOOP, Pattern.PAIR, Transport.TCP, 64, -1);

    private static ResultSet set() {
        ResultSet full = SyntheticResults.fullSet();
        List<CellResult> cells = new ArrayList<>(full.cells());
        cells.add(SyntheticResults.openLoopCell("c", KEY, 20_000, 10_000, 1.0, List.of()));
        cells.add(SyntheticResults.openLoopCell("jeromq", KEY, 40_000, 10_000, 0.9, List.of(RATE_NOTE)));
        return full.with(cells, List.of(), true);
    }

    @Test
    void tablesTitleCorrectedAndUncorrectedAndShowTheRate() {
        String text = Render.of(new TableReport(ReportOptions.plain()), set());
        // One open-loop cell: backends as rows, corrected and uncorrected one under the other.
        List<String> figures = text.substring(text.indexOf("open-loop, pair tcp 64 B")).lines()
                .map(l -> l.split("  ")[0]).filter(l -> !l.isBlank() && !l.startsWith("-")).limit(8).toList();
        assertEquals(List.of("open-loop, pair tcp 64 B", "figure", "RTT p50 corrected, µs", "RTT p50 uncorrected, µs",
                "RTT p99 corrected, µs", "RTT p99 uncorrected, µs", "rate achieved, %", "heap alloc, B per round trip"),
                figures, text);
        assertTrue(text.contains("open-loop: tail of all forks' round trips together, µs (from the intended send time;"),
                text);
        assertTrue(text.contains(RATE_NOTE), text);
        assertTrue(text.indexOf("latency: RTT p50") < text.indexOf("open-loop, pair"), "latency first");
        assertTrue(text.indexOf("open-loop, pair") < text.indexOf("throughput: delivered"), "then throughput");
        assertTrue(text.contains("latency: RTT p50, µs (one way = RTT/2)"), "latency titles unchanged");
    }

    @Test
    void figuresTellCorrectedFromUncorrected() {
        CellResult c = set().cells().stream().filter(cell -> cell.key().equals(KEY) && cell.backend().equals("c"))
                .findFirst().orElseThrow();
        assertTrue(c.figure(Figure.RTT_P99).median() > 10 * c.figure(Figure.RTT_P99_UNCORRECTED).median());
        assertEquals(c.figure(Figure.RTT_P50).median(), c.figure(Figure.RTT_P50_UNCORRECTED).median(),
                c.figure(Figure.RTT_P50).median() * 0.01);
        assertEquals(100.0, c.figure(Figure.ACHIEVED_RATE_PERCENT).median(), 1.0);
        assertEquals(null, c.figure(Figure.MSGS_PER_SEC), "a round-trip rate is not a delivery rate");
    }

    @Test
    void csvFillsTheUncorrectedColumnsOnlyForOpenLoop() {
        String csv = Render.of(new CsvReport(), set());
        List<String> columns = CsvReport.columns();
        int uncorrectedP99 = columns.indexOf("merged_rtt_uncorrected_p99_ns");
        int achieved = columns.indexOf("achieved_rate_percent_median");
        int achievedRatio = columns.indexOf("achieved_rate_percent_ratio");
        for (String line : csv.lines().skip(1).toList()) {
            List<String> fields = CsvReportTest.fields(line);
            assertEquals(columns.size(), fields.size(), line);
            boolean openLoop = fields.get(columns.indexOf("scenario")).equals("open-loop");
            assertEquals(openLoop, !fields.get(uncorrectedP99).isEmpty(), line);
            assertEquals(openLoop, !fields.get(achieved).isEmpty(), line);
            if (openLoop && line.startsWith("jeromq,")) {
                assertEquals(0.9, Double.parseDouble(fields.get(achievedRatio)), 0.01, line);
            }
        }
    }

    @Test
    void jsonHasBothDistributions() {
        String json = Render.of(new JsonReport(), set());
        int openLoop = 0;
        for (var element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            if (cell.get("scenario").getAsString().equals("open-loop")) {
                openLoop++;
                assertTrue(cell.getAsJsonObject("rtt_uncorrected_ns").get("p99").getAsLong() > 0, cell::toString);
                assertTrue(cell.getAsJsonObject("rtt_ns").get("p99").getAsLong()
                        > cell.getAsJsonObject("rtt_uncorrected_ns").get("p99").getAsLong(), cell::toString);
                assertFalse(cell.getAsJsonArray("rtt_uncorrected_curve").isEmpty());
                JsonObject fork = cell.getAsJsonArray("forks").get(0).getAsJsonObject();
                assertEquals(10_000, fork.getAsJsonObject("rate").get("target").getAsLong());
                assertTrue(fork.getAsJsonObject("rate").get("achieved").getAsDouble() > 0);
            } else {
                assertTrue(cell.get("rtt_uncorrected_ns").isJsonNull(), cell::toString);
            }
        }
        assertEquals(2, openLoop);
    }

    @Test
    void htmlLabelsTablesAndDrawsBothCurves() {
        String html = Render.of(new HtmlReport(), set());
        assertTrue(html.contains("<caption>open-loop: " + HtmlText.escape("RTT p99, µs, " + CORRECTED)
                + " <span class=\"unit\">(lower is better)</span>"), "corrected caption");
        assertTrue(html.contains("<caption>open-loop: " + HtmlText.escape("RTT p99, µs, " + UNCORRECTED)
                + " <span class=\"unit\">(lower is better)</span>"), "uncorrected caption");
        assertTrue(html.contains(HtmlText.escape("pair over tcp, 64 B, open-loop, " + CORRECTED)), "corrected chart");
        assertTrue(html.contains(HtmlText.escape("pair over tcp, 64 B, open-loop, " + UNCORRECTED)),
                "uncorrected chart");
        assertTrue(html.contains("<caption>latency: " + HtmlText.escape("RTT p50, µs (one way = RTT/2)")),
                "latency captions unchanged");
    }
}
