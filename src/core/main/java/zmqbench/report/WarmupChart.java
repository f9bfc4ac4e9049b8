package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Warmup;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.scenario.Sizes;

/**
 * How one cell's forks warmed up: each fork's timeline windows (throughput: delivered msg/s;
 * latency: the window's RTT p50) against time since its first message, one line per fork in its
 * backend's colour (a backend's forks in one group, which the page's checkboxes show or hide),
 * thinner over the warm-up than over the measurement; each window shows its value on hover. The y axis turns
 * logarithmic when the values span more than {@link PercentileCurveChart#LOG_SCALE_SPREAD} times
 * (a JIT's first windows can be that far off).
 */
final class WarmupChart {

    /** Line widths that tell warm-up from measurement. */
    static final double WARMUP_STROKE = 0.8;
    static final double MEASURED_STROKE = 1.6;

    private WarmupChart() {
    }

    /** One fork's windows in one backend's colour. */
    private record ForkLine(String backend, int fork, String steadyState, List<TimelineWindow> windows) {
    }

    /** The chart's SVG, or null when no fork of the cell has a timeline. */
    static String render(CellKey key, List<CellResult> cells, BackendPalette palette) {
        boolean latency = key.scenario().roundTrips();
        double scale = latency ? 1e3 : 1;
        List<ForkLine> lines = new ArrayList<>();
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        double maxSeconds = 0;
        double maxValue = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (CellResult cell : cells) {
            boolean drawn = false;
            for (ForkResult fork : cell.forks()) {
                Warmup warmup = fork.warmup();
                if (!fork.ok() || warmup == null || warmup.timeline().size() < 2) {
                    continue;
                }
                lines.add(new ForkLine(cell.backend(), fork.fork(), warmup.steadyState(), warmup.timeline()));
                drawn = true;
                for (TimelineWindow window : warmup.timeline()) {
                    maxSeconds = Math.max(maxSeconds, window.endNs() / 1e9);
                    double value = window.value() / scale;
                    if (Double.isFinite(value)) {
                        maxValue = Math.max(maxValue, value);
                        if (value > 0) {
                            minPositive = Math.min(minPositive, value);
                        }
                    }
                }
            }
            if (drawn) {
                legend.add(new ChartFrame.LegendEntry(cell.backend(), palette.colour(cell.backend())));
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        String unit = latency ? "RTT p50 per window (\u00b5s)" : "delivered msg/s per window";
        ChartAxis y = Double.isFinite(minPositive) && maxValue > PercentileCurveChart.LOG_SCALE_SPREAD * minPositive
                ? ChartAxis.log10(unit + " (log scale)", minPositive, maxValue, HtmlNumbers::compact)
                : ChartAxis.linearFromZero(unit, maxValue, HtmlNumbers::compact);
        ChartAxis x = ChartAxis.linearFromZero("time since the first message (s)", maxSeconds, HtmlNumbers::compact);
        ChartFrame frame = new ChartFrame(title(key), LineChart.PLOT_WIDTH, LineChart.PLOT_HEIGHT, legend, y, 50);
        frame.yAxis(y);
        frame.xAxis(x);
        String open = null;
        for (ForkLine line : lines) {
            if (!line.backend().equals(open)) {
                if (open != null) {
                    frame.svg.closeGroup();
                }
                open = line.backend();
                frame.svg.openBackend(open);
            }
            draw(frame, x, y, scale, line, palette.colour(line.backend()), latency);
        }
        frame.svg.closeGroup();
        return frame.finish();
    }

    static String title(CellKey key) {
        return "Warm-up, fork by fork: " + key.scenario().cliName() + " " + key.pattern().cliName() + " over "
                + key.transport().cliName() + ", "
                + Sizes.format(key.size()) + (key.hwm() >= 0 ? ", hwm " + key.hwm() : "");
    }

    /** The warm-up windows thin, the measured ones thick; the thin line runs on to the first measured point. */
    private static void draw(ChartFrame frame, ChartAxis x, ChartAxis y, double scale, ForkLine line, String colour,
                             boolean latency) {
        List<double[]> warmup = new ArrayList<>();
        List<double[]> measured = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        String name = line.backend() + " fork " + line.fork();
        for (TimelineWindow window : line.windows()) {
            double seconds = window.endNs() / 1e9;
            double value = window.value() / scale;
            if (!x.contains(seconds) || !y.contains(value) || !Double.isFinite(value)) {
                continue;
            }
            double[] point = {frame.x(x, seconds), frame.y(y, value)};
            tooltips.add(name + " at " + HtmlNumbers.compact(seconds) + " s: "
                    + (latency ? HtmlNumbers.duration(window.value()) : HtmlNumbers.compact(value) + " msg/s")
                    + (window.measured() ? ", measured" : ", warm-up"));
            points.add(point);
            if (window.measured()) {
                if (measured.isEmpty() && !warmup.isEmpty()) {
                    warmup.add(point);
                }
                measured.add(point);
            } else {
                warmup.add(point);
            }
        }
        if (warmup.size() > 1) {
            frame.svg.polyline(warmup, colour, WARMUP_STROKE, name + ", warm-up (" + line.steadyState() + ")");
        }
        if (measured.size() > 1) {
            frame.svg.polyline(measured, colour, MEASURED_STROKE, name + ", measured");
        } else if (measured.size() == 1) {
            double[] point = measured.get(0);
            frame.svg.circle(point[0], point[1], MEASURED_STROKE, colour, name + ", measured");
        }
        // After the lines, so that the lines do not cover them.
        for (int i = 0; i < points.size(); i++) {
            frame.svg.hoverPoint(points.get(i)[0], points.get(i)[1], tooltips.get(i));
        }
    }
}
