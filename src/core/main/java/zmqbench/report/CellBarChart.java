package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Sizes;

/**
 * One figure of a scenario's cells as grouped bars: one group per cell, one bar per backend with
 * its 95% whisker, and each bar's value on hover. Throughput's msg/s, and the CPU time per round
 * trip (latency) or per message (throughput).
 */
final class CellBarChart {

    private CellBarChart() {
    }

    /** Delivered messages per second of every throughput cell, or null when none has it. */
    static String throughput(HtmlCellIndex index, BackendPalette palette) {
        return render(ScenarioKind.THROUGHPUT, Figure.MSGS_PER_SEC, "Throughput: delivered msg/s per cell",
                "delivered msg/s", index, palette);
    }

    /** CPU time of all peers per round trip (latency) or per message (throughput), or null when no cell has it. */
    static String cpu(ScenarioKind scenario, HtmlCellIndex index, BackendPalette palette) {
        String per = scenario.roundTrips() ? "round trip" : "message";
        return render(scenario, Figure.CPU_NS_PER_MSG, cpuTitle(scenario), "CPU time per " + per, index, palette);
    }

    static String cpuTitle(ScenarioKind scenario) {
        return "CPU time per " + (scenario.roundTrips() ? "round trip" : "message") + ": " + scenario.cliName()
                + " cells (user+sys, all peers)";
    }

    private static String render(ScenarioKind scenario, Figure figure, String title, String axisTitle,
                                 HtmlCellIndex index, BackendPalette palette) {
        List<String> backends = new ArrayList<>();
        double max = 0;
        for (String backend : index.backends()) {
            boolean any = false;
            for (CellKey key : index.keys(scenario)) {
                Estimate e = estimate(index.cell(key, backend), figure);
                if (e != null) {
                    any = true;
                    max = Math.max(max, Double.isFinite(e.upper()) ? Math.max(e.upper(), e.median()) : e.median());
                }
            }
            if (any) {
                backends.add(backend);
            }
        }
        if (backends.isEmpty()) {
            return null;
        }
        FigureScale scale = FigureScale.of(figure);
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        for (String backend : backends) {
            legend.add(new ChartFrame.LegendEntry(backend, palette.colour(backend)));
        }
        List<BarChart.Group> groups = new ArrayList<>();
        for (CellKey key : index.keys(scenario)) {
            List<BarChart.Bar> bars = new ArrayList<>();
            boolean any = false;
            for (String backend : backends) {
                CellResult cell = index.cell(key, backend);
                Estimate e = estimate(cell, figure);
                if (e == null) {
                    bars.add(cell != null && !cell.ok() ? new BarChart.Bar(Double.NaN, Double.NaN, Double.NaN,
                            "failed") : null);
                    continue;
                }
                any = true;
                bars.add(new BarChart.Bar(scale.scaled(e.median()), scale.scaled(e.lower()), scale.scaled(e.upper()),
                        backend + ", " + key.label(Set.of(LabelPart.PATTERN)) + ": "
                                + HtmlNumbers.describe(e, scale::text)));
            }
            if (any) {
                groups.add(new BarChart.Group(labelLines(key), bars));
            }
        }
        ChartAxis y = ChartAxis.linearFromZero(axisTitle + " (" + scale.unit() + ")", scale.scaled(max),
                HtmlNumbers::compact);
        return BarChart.render(title, y, "cell", legend, groups);
    }

    private static List<String> labelLines(CellKey key) {
        return List.of(key.pattern().cliName() + " " + key.transport().cliName(),
                Sizes.format(key.size()) + (key.hwm() >= 0 ? " hwm " + key.hwm() : ""));
    }

    static Estimate estimate(CellResult cell, Figure figure) {
        if (cell == null || !cell.ok() || cell.figures() == null) {
            return null;
        }
        Estimate e = cell.figure(figure);
        return e != null && Double.isFinite(e.median()) ? e : null;
    }
}
