package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/** Every format opens with the answer: ratios to the baseline, their intervals and verdicts. */
class SummaryFirstTest {

    private static final CellKey INPROC_64 = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.INPROC, 64, -1);

    /** The synthetic set (every interval about ±2%) as measured with {@code --precision}. */
    private static ResultSet set(double precision, String baseline) {
        ResultSet full = SyntheticResults.fullSet();
        return new ResultSet(full.toolVersion(), full.createdAt(), full.environment(),
                SyntheticResults.options().precision(precision).build(), full.configHash(), full.placement(), baseline,
                full.cells(), full.unfinished());
    }

    @Test
    void theTerminalTableOpensWithTheSummaryThenTheEnvironment() {
        String text = Render.of(new TableReport(ReportOptions.plain()), set(0.05, "c"));
        assertTrue(text.replaceAll("\\s+", " ").startsWith("Summary: RTT p50 (latency) and delivered msg/s "
                + "(throughput), each backend against c; 59 of 59 figures within ±5.0%"), text);
        assertTrue(text.indexOf("Summary, latency pair: RTT p50, µs") < text.indexOf("placement:"), text);
        assertTrue(text.indexOf("Summary, throughput pair: delivered msg/s") < text.indexOf("placement:"), text);
        assertTrue(text.contains("\ninproc 64 B "), "one pattern: named in the title, not on the rows");
        // jni's round trip is 1.25 times c's: slower, with the interval of the paired... here unpaired forks.
        assertTrue(text.lines().anyMatch(l -> l.matches(" +jni +31\\.2 \\[30\\.7, 31\\.9\\] +2\\.\\d% +1\\.25x \\[1\\.\\d\\d, 1\\.\\d\\d\\]"
                + " +RTT p50 25% higher")), text);
        assertFalse(text.substring(0, text.indexOf("placement:")).contains("%!"), "all converged");
    }

    @Test
    void aFigureWiderThanThePrecisionIsFlaggedWithTheWidthItReached() {
        ResultSet set = set(0.01, "c");
        String text = Render.of(new TableReport(ReportOptions.plain()), set);
        assertTrue(text.replaceAll("\\s+", " ").contains("0 of 59 figures within ±1.0%"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(" +jni +31\\.2 \\[30\\.7, 31\\.9\\] +2\\.\\d%! .*")), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("!: not within ±1.0% when the run stopped"), text);
        String md = Render.of(new MarkdownReport(), set);
        assertTrue(md.contains("| 2.1%! |"), md);
        JsonObject json = JsonParser.parseString(Render.of(new JsonReport(), set)).getAsJsonObject();
        assertFalse(json.getAsJsonArray("summary").get(0).getAsJsonObject().get("converged").getAsBoolean());
        String csv = Render.of(new CsvReport(), set);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",false,") || l.contains("lost 12")), csv);
    }

    @Test
    void markdownOpensWithTheSummary() {
        String md = Render.of(new MarkdownReport(), set(0.05, "c"));
        List<String> headings = md.lines().filter(l -> l.startsWith("###")).toList();
        assertTrue(headings.get(0).startsWith("### Summary, latency"), headings.toString());
        assertTrue(headings.get(1).startsWith("### Summary, throughput"), headings.toString());
        assertTrue(md.indexOf("### Summary") < md.indexOf("placement:"));
        assertTrue(md.contains("| jni | 31.2 [30.7, 31.9] | 2.1% | 1.25x [1."), md);
    }

    @Test
    void htmlOpensWithTheForestPlotAndTheSummaryTable() {
        String html = Render.of(new HtmlReport(), set(0.05, "c"));
        int summary = html.indexOf("<section id=\"summary\">");
        assertTrue(summary > 0 && summary < html.indexOf("<header>"), "the summary before the run's header");
        String section = html.substring(summary, html.indexOf("</section>", summary));
        assertTrue(section.indexOf("<svg") < section.indexOf("<table"), "the forest plot leads");
        assertTrue(section.contains("Latency: RTT p50 / c (log scale)"), section);
        assertTrue(section.contains("Throughput: delivered msg/s / c (log scale)"), section);
        assertTrue(section.contains("<td class=\"ratio worse\">RTT p50 25% higher</td>"), section);
    }

    @Test
    void jsonOpensWithTheSummary() {
        JsonObject json = JsonParser.parseString(Render.of(new JsonReport(), set(0.05, "c"))).getAsJsonObject();
        assertEquals(List.of("schema_version", "summary"), json.keySet().stream().limit(2).toList());
        JsonArray summary = json.getAsJsonArray("summary");
        JsonObject jni = null;
        for (var entry : summary) {
            JsonObject row = entry.getAsJsonObject();
            if (row.get("backend").getAsString().equals("jni") && row.get("transport").getAsString().equals("inproc")
                    && row.get("scenario").getAsString().equals("latency") && row.get("size").getAsInt() == 64) {
                jni = row;
            }
        }
        assertEquals("rtt_p50_ns", jni.get("figure").getAsString());
        assertEquals(1.25, jni.getAsJsonObject("ratio").get("median").getAsDouble(), 0.01);
        assertEquals("slower", jni.get("verdict").getAsString());
        assertTrue(jni.get("converged").getAsBoolean());
        assertTrue(jni.get("half_width_percent").getAsDouble() < 5);
    }

    @Test
    void csvCarriesTheVerdictAndConvergenceOfEachRow() {
        String csv = Render.of(new CsvReport(), set(0.05, "c"));
        assertEquals(List.of("headline_figure", "verdict", "converged"), CsvReport.columns().subList(7, 10));
        for (String line : csv.lines().skip(1).toList()) {
            String verdict = line.matches("[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,c,.*") ? "baseline"
                    : line.contains("lost 12") ? "failed" : "slower";
            assertTrue(line.matches("([^,]*,){7}(rtt_p50_ns|msgs_per_sec)," + verdict + ",true,.*"), line);
        }
    }

    @Test
    void verdictsSayFasterSlowerOrNoSignificantDifference() {
        ResultGrid againstJeromq = ResultGrid.of(set(0.05, "jeromq"));
        Summary.Row c = Summary.rows(againstJeromq).stream()
                .filter(r -> r.backend().equals("c") && r.key().equals(INPROC_64)).findFirst().orElseThrow();
        assertEquals(Summary.FASTER, c.verdict());
        ResultSet same = new ResultSet("0", "now", Map.of(), null, "0", "none", "c",
                List.of(SyntheticResults.latencyCell("c", INPROC_64, 20_000),
                        SyntheticResults.latencyCell("jni", INPROC_64, 20_000)), List.of());
        List<Summary.Row> rows = Summary.rows(ResultGrid.of(same));
        assertEquals(List.of(Summary.BASELINE, Summary.SAME), rows.stream().map(Summary.Row::verdict).toList());
    }
}
