package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/**
 * Time to steady state and the warm-up in every format; a cell with forks measured before they
 * were steady says so, naming the forks, in every format.
 */
class WarmupReportTest {

    private static final CellKey JEROMQ_TCP = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
    private static final String FLAG = CellResult.NOT_STEADY_NOTE + "forks 1, 3 of 5 reached the warm-up cap";
    private static final ResultSet SET = withNotSteady(SyntheticResults.fullSet());

    /** jeromq's 64 B tcp throughput cell with forks 1 and 3 not steady. */
    private static ResultSet withNotSteady(ResultSet set) {
        List<CellResult> cells = new ArrayList<>();
        for (CellResult cell : set.cells()) {
            cells.add(cell.backend().equals("jeromq") && cell.key().equals(JEROMQ_TCP)
                    ? SyntheticResults.withNotSteady(cell, 1, 3) : cell);
        }
        return set.with(cells, set.unfinished(), set.complete());
    }

    @Test
    void theTextTablesHaveTimeToSteadyStateAndAFootnoteNamingTheForks() {
        String text = Render.of(new TableReport(new ReportOptions(false, 100)), SET);
        assertTrue(text.contains("throughput: time to steady state, ms"), text);
        assertTrue(text.contains("latency: time to steady state, ms"), text);
        assertTrue(text.contains("spread within a fork: CV"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains(FLAG), text);
    }

    @Test
    void markdownHasTheSameFootnote() {
        String markdown = Render.of(new MarkdownReport(), SET);
        assertTrue(markdown.contains("time to steady state, ms"), markdown);
        assertTrue(markdown.contains(FLAG), markdown);
    }

    @Test
    void csvNamesTheNotSteadyForksAndCarriesTheNewFigures() {
        List<String> columns = CsvReport.columns();
        List<String> lines = Render.of(new CsvReport(), SET).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = CsvReportTest.fields(line);
            String backend = fields.get(columns.indexOf("backend"));
            boolean flagged = backend.equals("jeromq") && line.startsWith("throughput,pair,tcp,64,");
            assertEquals(flagged ? "1 3" : "", fields.get(columns.indexOf("not_steady_forks")), line);
            if (!fields.get(columns.indexOf("status")).equals("ok")) {
                continue;
            }
            assertTrue(!fields.get(columns.indexOf("time_to_steady_ms_median")).isEmpty(), line);
            assertTrue(!fields.get(columns.indexOf("window_cv_percent_median")).isEmpty(), line);
            assertEquals(backend.equals("c"), fields.get(columns.indexOf("jit_ms_median")).isEmpty(),
                    "no JIT in C: " + line);
        }
    }

    @Test
    void jsonHasNotSteadyForksOnEveryCell() {
        JsonObject root = JsonParser.parseString(Render.of(new JsonReport(), SET)).getAsJsonObject();
        int flagged = 0;
        for (var element : root.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            JsonArray forks = cell.getAsJsonArray("not_steady_forks");
            if (forks.size() > 0) {
                flagged++;
                assertEquals("[1,3]", forks.toString());
                assertEquals("jeromq", cell.get("backend").getAsString());
                assertTrue(cell.getAsJsonObject("figures").has("time_to_steady_ms"));
            }
        }
        assertEquals(1, flagged);
    }

    @Test
    void htmlDrawsTheWarmupOfEveryCellAndFlagsTheCell() {
        String html = new HtmlReport().render(SET);
        assertTrue(html.contains("<section id=\"warmup-charts\">"), "the warm-up section");
        assertTrue(html.contains(HtmlText.escape(WarmupChart.title(JEROMQ_TCP))), "a chart per cell");
        assertTrue(html.contains("stroke-width=\"" + SvgWriter.num(WarmupChart.WARMUP_STROKE) + "\""),
                "thin warm-up lines");
        assertTrue(html.contains("stroke-width=\"" + SvgWriter.num(WarmupChart.MEASURED_STROKE) + "\""),
                "thick measured lines");
        assertTrue(html.contains("jeromq fork 1, warm-up (not steady)"), "a fork's line says how it ended");
        assertTrue(html.contains(HtmlText.escape(FLAG)), "the footnote");
    }

    @Test
    void aSetWithoutTimelinesHasNoWarmupSection() {
        List<CellResult> cells = new ArrayList<>();
        for (CellResult cell : SET.cells()) {
            cells.add(cell.toBuilder().forks(cell.forks().stream().map(f -> f.withWarmup(null)).toList()).build());
        }
        String html = new HtmlReport().render(SET.with(cells, List.of(), true));
        assertTrue(!html.contains("warmup-charts"), "older sets have no timelines");
    }
}
