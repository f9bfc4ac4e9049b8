package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;
import zmqbench.sweep.BackendSweep;
import zmqbench.sweep.RateSweep;
import zmqbench.sweep.StepVerdict;
import zmqbench.sweep.SweepStep;

/** A rate sweep in every format: the knee per backend, every step, and the chart's lines and whiskers. */
class RateSweepReportTest {

    private static final RateSweep SWEEP = new RateSweep("open-loop pair tcp 64 B", 1_000_000,
            List.of(1000L, 2000L, 4000L),
            List.of(new BackendSweep("c", List.of(holds(1000, 80_000), holds(2000, 90_000), holds(4000, 120_000))),
                    new BackendSweep("jeromq", List.of(holds(1000, 150_000),
                            new SweepStep(2000, estimate(2_400_000), estimate(99.9), StepVerdict.OVER_LIMIT, "ok"))),
                    new BackendSweep("jna", List.of(SweepStep.notMeasured(1000)))));

    private static SweepStep holds(long rate, double p99Ns) {
        return new SweepStep(rate, estimate(p99Ns), estimate(100), StepVerdict.HOLDS, "ok");
    }

    private static Estimate estimate(double median) {
        return new Estimate(median, median * 0.9, median * 1.1, 3);
    }

    private static String render(ReportFormatType format) {
        StringWriter text = new StringWriter();
        RateSweepReport.write(format, ReportOptions.plain(), SWEEP, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void theTableGivesEachBackendsKneeThenEveryStep() {
        List<String> lines = render(ReportFormatType.TABLE).lines().toList();
        assertTrue((lines.get(0) + " " + lines.get(1)).contains("at most 1 ms"), lines.get(0));
        String c = lines.stream().filter(l -> l.startsWith("c ")).findFirst().orElseThrow();
        assertTrue(c.contains("4000") && c.contains("120 [108, 132]") && c.contains("held to the last rate"), c);
        String jeromq = lines.stream().filter(l -> l.startsWith("jeromq ")).findFirst().orElseThrow();
        assertTrue(jeromq.contains("1000") && jeromq.contains("p99 over the limit at 2000 msg/s"), jeromq);
        String jna = lines.stream().filter(l -> l.startsWith("jna ")).findFirst().orElseThrow();
        assertTrue(jna.contains("below 1000") && jna.contains("failed at 1000 msg/s: not measured"), jna);
        // every step: 3 + 2 + 1 rows under the second table's header
        int steps = lines.indexOf(lines.stream().filter(l -> l.startsWith("Rate sweep, every step")).findFirst()
                .orElseThrow());
        assertEquals(3 + 6, lines.size() - steps, String.join("\n", lines));
    }

    @Test
    void csvHasOneRowPerStepAndMarksTheKnee() {
        List<String> rows = render(ReportFormatType.CSV).lines().toList();
        assertEquals(String.join(",", RateSweepReport.CSV_HEADER), rows.get(0));
        assertEquals(1 + 6, rows.size());
        assertEquals("open-loop pair tcp 64 B,1000000,c,4000,120000,108000,132000,3,100.0,holds,true", rows.get(3));
        assertEquals("open-loop pair tcp 64 B,1000000,jeromq,2000,2400000,2160000,2640000,3,99.9,over-limit,false",
                rows.get(5));
        assertEquals("open-loop pair tcp 64 B,1000000,jna,1000,,,,,,failed,false", rows.get(6));
    }

    @Test
    void jsonKeepsTheSweepAndNamesEachKnee() {
        JsonObject root = JsonParser.parseString(render(ReportFormatType.JSON)).getAsJsonObject();
        assertEquals(1_000_000, root.get("p99_limit_ns").getAsLong());
        assertEquals(3, root.getAsJsonArray("backends").size());
        JsonObject c = root.getAsJsonArray("knees").get(0).getAsJsonObject();
        assertEquals("c", c.get("backend").getAsString());
        assertEquals(4000, c.getAsJsonObject("knee").get("rate").getAsLong());
        assertEquals(120_000, c.getAsJsonObject("knee").getAsJsonObject("p99_ns").get("median").getAsDouble());
        assertTrue(root.getAsJsonArray("knees").get(2).getAsJsonObject().get("knee").isJsonNull());
    }

    @Test
    void markdownHasBothTables() {
        String md = render(ReportFormatType.MD);
        assertTrue(md.contains("| backend | knee, msg/s |"), md);
        assertTrue(md.contains("Rate sweep, every step"), md);
    }

    @Test
    void theHtmlSectionDrawsALinePerBackendWithWhiskersAndTheLimit() {
        String page = render(ReportFormatType.HTML);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        String section = RateSweepHtml.section(SWEEP);
        assertTrue(page.contains(section));
        assertEquals(1, count(section, "<svg"));
        // c's and jeromq's lines and the limit; jna has no point, so no line
        assertEquals(3, count(section, "<polyline"), section);
        assertEquals(3 + 2 + 2, count(section, "<circle"), section); // the limit's two ends too
        assertTrue(section.contains("p99 limit, 1 ms"), section);
        assertTrue(!section.contains("http://") && !section.contains("https://"), "self-contained");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
