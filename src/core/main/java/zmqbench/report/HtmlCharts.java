package zmqbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zmqbench.results.CellKey;
import zmqbench.scenario.ScenarioKind;

/** The report's chart sections. A chart without data, and a section without charts, is left out. */
final class HtmlCharts {

    private HtmlCharts() {
    }

    static void write(StringBuilder out, HtmlCellIndex index, BackendPalette palette) {
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
        for (List<CellKey> group : throughputGroups(index)) {
            add(throughput, ThroughputChart.render(group, index, palette));
        }
        section(out, "throughput-charts", "Throughput",
                "Median messages per second across forks, with whiskers for the 95% confidence interval.",
                throughput);

        List<String> warmup = new ArrayList<>();
        for (ScenarioKind scenario : index.scenarios()) {
            for (CellKey key : index.keys(scenario)) {
                add(warmup, WarmupChart.render(key, index.cells(key), palette));
            }
        }
        section(out, "warmup-charts", "Warm-up",
                "Each fork's timeline from its first message: delivered messages per second (throughput) or the"
                        + " round-trip p50 (latency) of each window, one line per fork in its backend's colour."
                        + " Thin: warm-up; thick: the measured interval. An auto warm-up ends when the last windows"
                        + " agree (and, in a JVM, the JIT is quiet), or at its cap: such a fork is 'not steady'.",
                warmup);

        List<String> cpu = new ArrayList<>();
        for (ScenarioKind scenario : index.scenarios()) {
            add(cpu, CpuChart.render(scenario, index, palette));
        }
        section(out, "cpu-charts", "CPU time per message",
                "User and system CPU time of all peers over the timed interval, per message;"
                        + " median across forks with whiskers for the 95% confidence interval.",
                cpu);
    }

    /** Throughput cells by pattern, transport and high-water mark: one chart each, sizes along x. */
    private static List<List<CellKey>> throughputGroups(HtmlCellIndex index) {
        Map<List<Object>, List<CellKey>> groups = new LinkedHashMap<>();
        for (CellKey key : index.keys(ScenarioKind.THROUGHPUT)) {
            groups.computeIfAbsent(List.<Object>of(key.pattern(), key.transport(), key.hwm()), k -> new ArrayList<>())
                    .add(key);
        }
        return new ArrayList<>(groups.values());
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
