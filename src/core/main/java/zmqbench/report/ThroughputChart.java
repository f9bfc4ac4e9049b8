package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;

/**
 * Throughput (median messages per second, with 95% whiskers) against message size for one
 * pattern and transport, one line per backend over a log2 size axis; the y axis turns logarithmic
 * when the figures span more than {@link PercentileCurveChart#LOG_SCALE_SPREAD} times. With a
 * single size there is no line to draw, so it becomes grouped bars on a linear axis.
 */
final class ThroughputChart {

    private ThroughputChart() {
    }

    /**
     * @param keys the throughput cells of one pattern, transport and high-water mark
     * @return the chart's SVG, or null when no backend has a throughput figure for them
     */
    static String render(List<CellKey> keys, HtmlCellIndex index, BackendPalette palette) {
        CellKey first = keys.get(0);
        TreeSet<Integer> sizes = new TreeSet<>();
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        List<LineChart.Series> series = new ArrayList<>();
        double max = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (String backend : index.backends()) {
            List<LineChart.Point> points = new ArrayList<>();
            for (CellKey key : keys) {
                Estimate e = estimate(index.cell(key, backend));
                if (e == null) {
                    continue;
                }
                sizes.add(key.size());
                max = Math.max(max, Double.isFinite(e.upper()) ? Math.max(e.upper(), e.median()) : e.median());
                for (double v : new double[] {e.median(), e.lower()}) {
                    if (v > 0) {
                        minPositive = Math.min(minPositive, v);
                    }
                }
                points.add(new LineChart.Point(key.size(), e.median(), e.lower(), e.upper(),
                        backend + ", " + HtmlNumbers.bytes(key.size()) + ": "
                                + HtmlNumbers.describe(e, Figure.MSGS_PER_SEC.unit())));
            }
            if (!points.isEmpty()) {
                points.sort((a, b) -> Double.compare(a.x(), b.x()));
                legend.add(new ChartFrame.LegendEntry(backend, palette.colour(backend)));
                series.add(new LineChart.Series(backend, palette.colour(backend), points));
            }
        }
        if (series.isEmpty()) {
            return null;
        }
        String title = title(first);
        ChartAxis y = ChartAxis.linearFromZero("messages per second", max, HtmlNumbers::compact);
        if (sizes.size() == 1) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (LineChart.Series s : series) {
                LineChart.Point p = s.points().get(0);
                bars.add(new BarChart.Bar(p.y(), p.lower(), p.upper(), p.tooltip()));
            }
            List<BarChart.Group> groups = List.of(
                    new BarChart.Group(List.of(HtmlNumbers.bytes(sizes.first())), bars));
            return BarChart.render(title, y, "message size", legend, groups);
        }
        if (Double.isFinite(minPositive) && max > PercentileCurveChart.LOG_SCALE_SPREAD * minPositive) {
            // Large messages run orders of magnitude slower than small ones: on a linear axis
            // their points would all sit on zero.
            y = ChartAxis.log10("messages per second (log scale)", minPositive, max, HtmlNumbers::compact);
        }
        ChartAxis x = ChartAxis.log2Bytes("message size (log2 scale)", sizes.first(), sizes.last(),
                LineChart.PLOT_WIDTH, 56);
        return LineChart.render(title, x, y, series, true);
    }

    static String title(CellKey key) {
        return "Throughput by message size: " + key.pattern().cliName() + " over " + key.transport().cliName()
                + (key.hwm() >= 0 ? ", hwm " + key.hwm() : "");
    }

    private static Estimate estimate(CellResult cell) {
        if (cell == null || !cell.ok() || cell.figures() == null) {
            return null;
        }
        Estimate e = cell.figure(Figure.MSGS_PER_SEC);
        return e != null && Double.isFinite(e.median()) ? e : null;
    }
}
