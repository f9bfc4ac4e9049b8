package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.ScenarioKind;

/** CPU time per message ({@link Figure#CPU_NS_PER_MSG}) as grouped bars: one group per cell of a scenario. */
final class CpuChart {

    private CpuChart() {
    }

    /** The chart's SVG, or null when no cell of the scenario has the figure. */
    static String render(ScenarioKind scenario, HtmlCellIndex index, BackendPalette palette) {
        List<String> backends = new ArrayList<>();
        for (String backend : index.backends()) {
            for (CellKey key : index.keys(scenario)) {
                if (estimate(index.cell(key, backend)) != null) {
                    backends.add(backend);
                    break;
                }
            }
        }
        if (backends.isEmpty()) {
            return null;
        }
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        for (String backend : backends) {
            legend.add(new ChartFrame.LegendEntry(backend, palette.colour(backend)));
        }
        List<BarChart.Group> groups = new ArrayList<>();
        double max = 0;
        for (CellKey key : index.keys(scenario)) {
            List<BarChart.Bar> bars = new ArrayList<>();
            boolean any = false;
            for (String backend : backends) {
                CellResult cell = index.cell(key, backend);
                Estimate e = estimate(cell);
                if (e == null) {
                    bars.add(cell != null && !cell.ok() ? new BarChart.Bar(Double.NaN, Double.NaN, Double.NaN,
                            "failed") : null);
                    continue;
                }
                any = true;
                max = Math.max(max, Double.isFinite(e.upper()) ? Math.max(e.upper(), e.median()) : e.median());
                bars.add(new BarChart.Bar(e.median(), e.lower(), e.upper(),
                        backend + ", " + key.label() + ": " + HtmlNumbers.describe(e, Figure.CPU_NS_PER_MSG.unit())));
            }
            if (any) {
                groups.add(new BarChart.Group(labelLines(key), bars));
            }
        }
        ChartAxis y = ChartAxis.linearFromZero("CPU ns per message", max, HtmlNumbers::compact);
        return BarChart.render(title(scenario), y, "cell", legend, groups);
    }

    static String title(ScenarioKind scenario) {
        return "CPU time per message: " + scenario.cliName() + " cells";
    }

    private static List<String> labelLines(CellKey key) {
        return List.of(key.pattern().cliName() + " " + key.transport().cliName(),
                HtmlNumbers.bytes(key.size()) + (key.hwm() >= 0 ? " hwm " + key.hwm() : ""));
    }

    private static Estimate estimate(CellResult cell) {
        if (cell == null || !cell.ok() || cell.figures() == null) {
            return null;
        }
        Estimate e = cell.figure(Figure.CPU_NS_PER_MSG);
        return e != null && Double.isFinite(e.median()) ? e : null;
    }
}
