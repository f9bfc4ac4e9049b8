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
import zmqbench.results.ResultSet;

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
        String forest = svgs.remove(0);
        assertTrue(forest.contains("Ratio to c"), "the forest plot of the ratios leads");

        String latency64 = svgs.get(0);
        assertTrue(latency64.contains("pair over tcp, 64 B"));
        for (String label : List.of(">0%<", ">90%<", ">99%<", ">99.9%<", ">99.99%<")) {
            assertTrue(latency64.contains(label), "percentile tick " + label);
        }
        // A tail 10 times the median and more: a log RTT axis with durations as tick labels.
        assertTrue(latency64.contains("round trip (log scale)"));
        assertTrue(latency64.contains(">100 &#xb5;s<"));
        assertTrue(latency64.contains(BackendPalette.fixedColour("c")));
        assertTrue(latency64.contains(BackendPalette.fixedColour("jeromq")));
        // jeromq's 1 KiB cell failed: its chart has c's curve only.
        assertEquals(1, count(svgs.get(1), "<polyline "));
        assertFalse(svgs.get(1).contains(BackendPalette.fixedColour("jeromq")));

        String throughput = svgs.get(2);
        assertTrue(throughput.contains("Throughput by message size"));
        assertTrue(throughput.contains(">64 B<") && throughput.contains(">1 KiB<"), "log2 size ticks");
        assertEquals(4, count(throughput, "<circle "), "a marker per backend and size");

        String cpu = svgs.get(3);
        assertTrue(cpu.contains("CPU time per message: latency cells"));
        assertEquals(3, count(cpu, "<rect ") - 1 - 2, "three bars (less background and legend swatches)");
        assertTrue(svgs.get(4).contains("CPU time per message: throughput cells"));
    }

    @Test
    void tablesShowEstimatesRatiosFailuresAndNotes() {
        String html = render(HtmlReportFixtures.twoBackends());
        String results = html.substring(html.indexOf("<section id=\"results\">"));
        results = results.substring(0, results.indexOf("</section>"));

        // One table per scenario and figure: latency 3 figures, throughput 3.
        assertEquals(6, count(results, "<table class=\"results\">"));
        assertTrue(results.contains("<caption>latency: rtt_p50_ns <span class=\"unit\">(ns, lower is better)"));
        assertTrue(results.contains(
                "<caption>throughput: msgs_per_sec <span class=\"unit\">(msg/s, higher is better)"));
        assertTrue(results.contains("50.0k [49.0k, 51.0k]"), "median [95% CI], as every report writes it");
        // jeromq's p50 lies within c's interval: not significant.
        assertTrue(results.contains("<span class=\"ns\" title=\"not significant: the interval includes 1\">~</span>"));
        // Half of c's throughput: significantly worse.
        assertTrue(Pattern.compile("500k \\[480k, 520k\\]<sup class=\"fn\"><a href=\"#note-\\d\">\\d</a></sup>"
                + "<div class=\"ratio worse\">&#xd7;0\\.5").matcher(results).find(), results);
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
        assertEquals(2, svgs.size(), "throughput bars and CPU bars");
        assertEquals(0, count(html, "<polyline"));
        String bars = svgs.get(0);
        assertTrue(bars.contains("Throughput by message size: push-pull over inproc"));
        for (String backend : List.of("c", "jna", "jeromq")) {
            assertTrue(bars.contains("fill=\"" + BackendPalette.fixedColour(backend) + "\""), backend);
        }
        assertTrue(bars.contains(">256 B<"));
        assertFalse(html.contains("class=\"ratio"), "no baseline, no ratios");
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
