package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class HtmlReportTest {

    /** An attribute that would make a browser fetch something, absolute or protocol-relative. */
    private static final Pattern NETWORK_REFERENCE = Pattern.compile(
            "(?i)\\b(?:src|href|srcset|action|poster|data|xlink:href)\\s*=\\s*[\"']?\\s*(?:[a-z][a-z0-9+.-]*:)?//");
    private static final Pattern SVG = Pattern.compile("(?s)<svg\\b[^>]*>.*?</svg>");

    static String render(ResultSet results) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new HtmlReport().write(results, out);
        }
        return text.toString();
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void pageIsOneSelfContainedDocument() {
        String html = render(HtmlReportFixtures.twoBackends());

        assertTrue(html.startsWith("<!DOCTYPE html>"), "doctype first");
        assertEquals(1, count(html, "<html"));
        assertEquals(1, count(html, "</html>"));
        assertEquals(1, count(html, "<body>"));
        assertFalse(NETWORK_REFERENCE.matcher(html).find(), "no src/href to the network");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external stylesheets");
        assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetches");
        assertFalse(html.contains("xmlns"), "inline SVG needs no namespace URL");
        // A URL from the data is shown as text, never as a link.
        assertTrue(html.contains("<td>" + HtmlReportFixtures.NETWORK_TEXT + "</td>"));
        assertEquals(1, count(html, "http://") + count(html, "https://"), "only the environment's URL text");
        // Plain ASCII: non-ASCII characters are written as character references.
        assertTrue(html.chars().allMatch(c -> c < 128), "ASCII only");
    }

    @Test
    void headerShowsRunAndEnvironment() {
        String html = render(HtmlReportFixtures.twoBackends());
        String header = html.substring(html.indexOf("<header>"), html.indexOf("</header>"));

        assertTrue(header.contains("<th>tool version</th><td>0.1.0</td>"));
        assertTrue(header.contains("<th>created at</th><td>2025-11-27T21:00:00Z</td>"));
        assertTrue(header.contains("<th>placement</th><td>pinned cpu0/cpu1</td>"));
        assertTrue(header.contains("<th>config hash</th><td>cafe1234</td>"));
        assertTrue(header.contains("<th>baseline</th><td>c</td>"));
        assertTrue(header.contains("<caption>Environment</caption>"));
        assertTrue(header.contains("<th>os</th><td>Linux 6.1 &lt;x86_64&gt; &amp; &quot;friends&quot;</td>"));
        assertTrue(header.contains("latency pair ipc 64 B"), "unfinished cells listed");
    }

    @Test
    void chartsAreInlineSvgWithTitlesAndCurves() {
        String html = render(HtmlReportFixtures.twoBackends());
        List<String> svgs = svgs(html);

        assertEquals(HtmlReportFixtures.EXPECTED_CHARTS, svgs.size());
        assertEquals(HtmlReportFixtures.EXPECTED_CHARTS, count(html, "<svg "));
        for (String svg : svgs) {
            assertTrue(svg.contains("role=\"img\""), "role=img");
            assertTrue(Pattern.compile("^<svg [^>]*>\\s*<title>[^<]+</title>").matcher(svg).find(), "title first");
        }
        assertEquals(HtmlReportFixtures.EXPECTED_LINES, count(html, "<polyline "));
        assertTrue(svgs.get(0).contains("Latency: RTT p50 / c"), "the forest plot's latency panel leads");
        assertTrue(svgs.get(1).contains("Throughput: delivered msg/s / c"), "then its throughput panel");

        String latency64 = chart(svgs, "Round-trip latency by percentile: pair over tcp, 64 B");
        for (String label : List.of(">0%<", ">90%<", ">99%<", ">99.9%<", ">99.99%<")) {
            assertTrue(latency64.contains(label), "percentile tick " + label);
        }
        // A tail 10 times the median and more: a log RTT axis with durations as tick labels.
        assertTrue(latency64.contains("round trip (log scale)"));
        assertTrue(latency64.contains(">100 &#xb5;s<"));
        assertTrue(latency64.contains(BackendPalette.fixedColour("c")));
        assertTrue(latency64.contains(BackendPalette.fixedColour("jeromq")));
        // jeromq's 1 KiB cell failed: its chart has c's curve only.
        String latency1k = chart(svgs, "Round-trip latency by percentile: pair over tcp, 1 KiB");
        assertEquals(1, count(latency1k, "<polyline "));
        assertFalse(latency1k.contains(BackendPalette.fixedColour("jeromq")));

        String throughput = chart(svgs, "Throughput: delivered msg/s per cell");
        assertEquals(4, count(throughput, "<rect ") - 1 - 2, "four bars (less background and legend swatches)");
        assertTrue(throughput.contains(">64 B hwm 1000<") && throughput.contains(">1 KiB hwm 1000<"), throughput);

        String cpuLatency = chart(svgs, "CPU time per round trip: latency cells");
        assertEquals(3, count(cpuLatency, "<rect ") - 1 - 2, "three bars (less background and legend swatches)");
        assertTrue(cpuLatency.contains("CPU time per round trip (&#xb5;s)"), "per round trip, in \u00b5s");
        assertTrue(chart(svgs, "CPU time per message: throughput cells").contains("CPU time per message (&#xb5;s)"));
    }

    @Test
    void forestPlotHasALatencyAndAThroughputPanelColouredByVerdict() {
        String html = render(HtmlReportFixtures.twoBackends());
        List<String> panels = svgs(between(html, "<div class=\"forest\" id=\"forest\">", "</div>"));

        assertEquals(2, panels.size(), "latency and throughput, apart");
        assertTrue(panels.get(0).contains("&#x2190; faster: shorter round trip"), "latency: left is faster");
        assertTrue(panels.get(1).contains("faster: more msg/s &#x2192;"), "throughput: right is faster");
        for (String panel : panels) {
            for (String entry : List.of(">faster<", ">slower<", ">same (within &#xb1;5%)<", ">undecided<")) {
                assertTrue(panel.contains(entry), "legend " + entry);
            }
            assertTrue(panel.contains("fill=\"#ececec\""), "the band of 1 \u00b1 the margin");
        }
        // jeromq's latency is 1% off c's: never coloured as a difference.
        String latencyDot = dot(panels.get(0), "jeromq, latency");
        assertFalse(latencyDot.contains(ForestPlot.SLOWER) || latencyDot.contains(ForestPlot.FASTER), latencyDot);
        // Half of c's throughput: slower, red.
        assertTrue(dot(panels.get(1), "jeromq, throughput pair tcp 64 B").contains(ForestPlot.SLOWER));
    }

    @Test
    void everyChartPointShowsItsValueOnHoverAndBackendsToggle() {
        String html = render(HtmlReportFixtures.twoBackends());
        List<String> svgs = svgs(html);
        svgs.subList(0, 2).clear();

        for (String svg : svgs) {
            assertFalse(Pattern.compile("<circle [^>]*/>").matcher(svg).find(), "a tooltip on every point");
            assertTrue(svg.contains("<circle ") || svg.contains("<rect "), "points or bars");
            assertFalse(svg.contains("<circle") && !svg.contains("<g class=\"bk-"), "points grouped by backend");
        }
        assertTrue(html.contains("(95% interval "), "tooltips give the interval");
        assertTrue(html.contains("c, p50: 50.02 &#xb5;s"), "percentile curves: a value at each point");
        for (String backend : List.of("c", "jeromq")) {
            assertTrue(html.contains("<input type=\"checkbox\" id=\"show-bk-" + backend + "\" checked>"), backend);
            assertTrue(html.contains("body:has(#show-bk-" + backend + ":not(:checked)) .bk-" + backend
                    + "{display:none}"), backend);
        }
        assertFalse(html.contains("<script"), "toggles without a script");
    }

    @Test
    void sweepsAreCurvesWithIntervalBands() {
        String html = render(HtmlReportFixtures.twoBackends());
        List<String> svgs = svgs(html);

        String latency = chart(svgs, "RTT p50 by message size: latency pair over tcp");
        assertEquals(1, count(latency, "<polygon "), "c's band; jeromq has one size left");
        assertTrue(latency.contains("RTT p50 (&#xb5;s)"));
        String msgs = chart(svgs, "delivered msg/s by message size: throughput pair over tcp, hwm 1000");
        assertEquals(2, count(msgs, "<polygon "), "a band per backend");
        assertEquals(2, count(msgs, "<polyline "), "a line per backend");
        assertTrue(msgs.contains(">64 B<") && msgs.contains(">1 KiB<"), "log2 size ticks");
        assertTrue(msgs.contains("jeromq, 1 KiB: 300k msg/s (95% interval 288k msg/s to 312k msg/s, 5 forks)"), msgs);
        assertTrue(chart(svgs, "delivered MB/s by message size: throughput pair over tcp, hwm 1000").contains("MB/s"));
    }

    @Test
    void sparseGapsAreCurvesOfTheRoundTripAgainstTheGapOneLinePerBackendInItsBand() {
        List<String> svgs = svgs(render(HtmlReportFixtures.sparseGaps()));

        String gaps = chart(svgs, "RTT p50 by quiet gap: sparse pair over tcp, 64 B");
        assertEquals(2, count(gaps, "<polyline "), "a line per backend");
        assertEquals(2, count(gaps, "<polygon "), "a band per backend");
        assertTrue(gaps.contains("quiet gap (log scale)"), gaps);
        assertTrue(gaps.contains(">1ms<") && gaps.contains(">10ms<"), "ticks written as gaps: " + gaps);
        assertTrue(gaps.contains("<title>jeromq, 1ms: "), "a point's tooltip names its gap: " + gaps);
        assertFalse(svgs.stream().anyMatch(svg -> svg.contains("by message size")), "one size: no size sweep");
    }

    @Test
    void aHighWaterMarkSweepIsOneCurvePerSize() {
        List<CellKey> keys = new ArrayList<>();
        for (int hwm : new int[] {10, 1000, 100_000}) {
            for (int size : new int[] {64, 1024}) {
                keys.add(new CellKey(ScenarioKind.THROUGHPUT, zmqbench.scenario.Pattern.PUSH_PULL, Transport.TCP,
                        size, hwm));
            }
        }
        keys.add(new CellKey(ScenarioKind.THROUGHPUT, zmqbench.scenario.Pattern.PUSH_PULL, Transport.TCP, 64, -1));

        List<List<CellKey>> hwmSweeps = SweepChart.sweeps(keys, SweepChart.Swept.HWM);
        assertEquals(2, hwmSweeps.size(), "one per size; the library default is no point on a HWM axis");
        assertEquals(3, hwmSweeps.get(0).size());
        assertEquals(3, SweepChart.sweeps(keys, SweepChart.Swept.SIZE).size(), "one per set HWM");
        assertEquals("msg/s by high-water mark: throughput push-pull over tcp, 64 B",
                SweepChart.title(hwmSweeps.get(0).get(0), SweepChart.Swept.HWM, "msg/s"));
    }

    @Test
    void tablesShowEstimatesRatiosFailuresAndNotes() {
        String html = render(HtmlReportFixtures.twoBackends());
        String results = between(html, "<section id=\"results\">", "</section>");

        // One table per scenario and figure: latency 3 figures, throughput 4.
        assertEquals(7, count(results, "<table class=\"results\">"));
        assertTrue(results.contains("<caption>latency: RTT p50, &#xb5;s (one way = RTT/2) <span class=\"unit\">"
                + "(lower is better)"), results);
        assertTrue(results.contains("<caption>throughput: delivered msg/s, at the receiver <span class=\"unit\">"
                + "(higher is better)"));
        assertFalse(results.contains("_ns") || results.contains("msgs_per_sec"), "labels, not identifiers");
        assertTrue(results.contains(">50.0 [49.0, 51.0]<"), "\u00b5s, median [95% interval], as every report writes it");
        assertFalse(Pattern.compile("\\d,\\d").matcher(results).find(), "no thousands separators");
        // jeromq's p50 1% above c's: grey, no verdict.
        assertTrue(results.contains("<div class=\"ratio\">1.01x"), results);
        // Half of c's throughput: worse.
        assertTrue(Pattern.compile("500k \\[480k, 520k\\]<sup class=\"fn\"><a href=\"#note-\\d\">\\d</a></sup>"
                + "<div class=\"ratio worse\">0\\.50x").matcher(results).find(), results);
        // A spread has no ratio.
        String cv = between(results, "spread within a fork", "</table>");
        assertFalse(cv.contains("class=\"ratio"), cv);
        // The failed cell shows its status, escaped, in every table of its scenario.
        String status = "failed: lost 3 of 1000 messages &lt;boom&gt; &amp; &quot;more&quot;";
        assertEquals(3, count(results, status));
        assertFalse(html.contains("<boom>"));
        // Notes become numbered footnotes, listed once.
        assertTrue(results.contains("<ol class=\"notes\">"));
        assertEquals(1, count(results, "JeroMQ&#39;s ipc is TCP on 127.0.0.1 &lt;not a Unix socket&gt;"));
        assertEquals(1, count(results, "the receiver gave up after 30 s &amp; 3 retries"));
    }

    @Test
    void singleSizeThroughputBecomesBarsAndMissingChartsAreSkipped() {
        String html = render(HtmlReportFixtures.singleSizeThroughput());
        List<String> svgs = svgs(html);

        assertFalse(html.contains("id=\"latency-charts\""), "no latency cells, no latency section");
        assertFalse(html.contains("id=\"sweep-charts\""), "one size, no sweep");
        assertEquals(2, svgs.size(), "throughput bars and CPU bars");
        assertEquals(0, count(html, "<polyline"));
        String bars = svgs.get(0);
        assertTrue(bars.contains("Throughput: delivered msg/s per cell"));
        for (String backend : List.of("c", "jna", "jeromq")) {
            assertTrue(bars.contains("fill=\"" + BackendPalette.fixedColour(backend) + "\""), backend);
        }
        assertTrue(bars.contains(">256 B<"));
        assertFalse(html.contains("class=\"ratio"), "no baseline, no ratios");
    }

    /** From {@code start} to the first {@code end} after it. */
    private static String between(String text, String start, String end) {
        String from = text.substring(text.indexOf(start));
        return from.substring(0, from.indexOf(end));
    }

    /** The one chart whose title starts so. */
    private static String chart(List<String> svgs, String title) {
        List<String> found = svgs.stream().filter(svg -> svg.contains("<title>" + HtmlText.escape(title))).toList();
        assertEquals(1, found.size(), title);
        return found.get(0);
    }

    /** The forest plot's dot whose tooltip starts so. */
    private static String dot(String panel, String tooltip) {
        Matcher m = Pattern.compile("<circle [^>]*><title>" + Pattern.quote(tooltip)).matcher(panel);
        assertTrue(m.find(), tooltip);
        return m.group();
    }

    @Test
    void emptyResultSetRendersWithoutCharts() {
        String html = render(HtmlReportFixtures.empty());

        assertEquals(1, count(html, "<html"));
        assertEquals(0, count(html, "<svg"));
        assertTrue(html.contains("No cells were measured."));
    }

    @Test
    void textIsEscaped() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlText.escape("<a href=\"x\">&'"));
        assertEquals("&#xb5;s &#x1f680; &#xfffd;", HtmlText.escape("\u00b5s \ud83d\ude80 \u0007"));
        assertEquals("", HtmlText.escape(null));
    }

    @Test
    void logAxisTicksAreOneTwoFive() {
        ChartAxis axis = ChartAxis.log10("t", 23_000, 810_000, HtmlNumbers::duration);
        assertEquals(List.of("20 \u00b5s", "50 \u00b5s", "100 \u00b5s", "200 \u00b5s", "500 \u00b5s", "1 ms"),
                axis.ticks().stream().map(ChartAxis.Tick::label).toList());
        assertEquals(0, axis.fraction(20_000), 1e-9);
        assertEquals(1, axis.fraction(1_000_000), 1e-9);
    }

    @Test
    void percentileTicksCountNines() {
        assertEquals(List.of("0%", "90%", "99%", "99.9%", "99.99%"),
                ChartAxis.percentile("p", 0.9999, 7).ticks().stream().map(ChartAxis.Tick::label).toList());
        assertEquals(3, ChartAxis.percentile("p", 0.99, 7).ticks().size(), "at least 0%, 90%, 99%");
    }
}
