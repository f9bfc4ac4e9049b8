package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.results.CellKey;
import zmqbench.scenario.ScenarioKind;

/** The report's chart sections. A chart without data, and a section without charts, is left out. */
final class HtmlCharts {

    private HtmlCharts() {
    }

    static void write(StringBuilder out, HtmlCellIndex index, BackendPalette palette) {
        if (index.isEmpty()) {
            return;
        }
        out.append(BackendToggles.html(index.backends(), palette));
        section(out, "sweep-charts", "Sweeps",
                "Where the set measures a scenario at several message sizes (or high-water marks, or quiet"
                        + " gaps): its headline figure against the swept value, one line per backend with the band"
                        + " of its 95% intervals (throughput adds MB/s). Hover over a point for its value.",
                SweepChart.render(index, palette));

        List<String> latency = new ArrayList<>();
        for (ScenarioKind scenario : index.scenarios()) {
            for (CellKey key : index.keys(scenario)) {
                add(latency, PercentileCurveChart.render(key, index.cells(key), palette));
                // open-loop: the uncorrected curves beside the corrected ones (other cells have none)
                add(latency, PercentileCurveChart.render(key, index.cells(key), palette, true));
            }
        }
        section(out, "latency-charts", "Latency percentiles",
                "Round-trip time at each percentile, all forks' samples together. The percentile axis is"
                        + " logarithmic in 1/(1\u2212p), as HdrHistogram plots it; each curve ends at the maximum,"
                        + " drawn where the last sample sits (1/(1\u2212p) = the number of samples). Open-loop"
                        + " cells have two charts: coordinated-omission corrected (from each message's intended"
                        + " send time) and uncorrected (from its actual send).",
                latency);

        List<String> throughput = new ArrayList<>();
        add(throughput, CellBarChart.throughput(index, palette));
        section(out, "throughput-charts", "Throughput",
                "Median delivered messages per second across forks, with whiskers for the 95% interval.",
                throughput);

        List<String> warmup = new ArrayList<>();
        for (ScenarioKind scenario : index.scenarios()) {
            for (CellKey key : index.keys(scenario)) {
                add(warmup, WarmupChart.render(key, index.cells(key), palette));
            }
        }
        section(out, "warmup-charts", "Warm-up",
                "Each fork's timeline from its first message: delivered messages per second (throughput) or the"
                        + " round-trip p50 (latency) of each window, one thin line per fork in its backend's colour"
                        + " (untick the other backends above to see one alone). Thinnest: warm-up; thicker: the"
                        + " measured interval. An auto warm-up ends when the last windows agree (and, in a JVM, the"
                        + " JIT is quiet), or at its cap: such a fork is 'not steady'.",
                warmup);

        List<String> cpu = new ArrayList<>();
        for (ScenarioKind scenario : index.scenarios()) {
            add(cpu, CellBarChart.cpu(scenario, index, palette));
        }
        section(out, "cpu-charts", "CPU time",
                "User and system CPU time of all peers over the timed interval, per round trip (latency) or"
                        + " per delivered message (throughput); median across forks with whiskers for the 95%"
                        + " interval.",
                cpu);
    }

    private static void add(List<String> charts, String svg) {
        if (svg != null) {
            charts.add(svg);
        }
    }

    private static void section(StringBuilder out, String id, String heading, String explanation, List<String> charts) {
        if (charts.isEmpty()) {
            return;
        }
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(HtmlText.escape(heading))
                .append("</h2>\n<p class=\"explain\">").append(HtmlText.escape(explanation)).append("</p>\n")
                .append("<div class=\"charts\">\n");
        for (String svg : charts) {
            out.append("<figure>\n").append(svg).append("</figure>\n");
        }
        out.append("</div>\n</section>\n");
    }
}
