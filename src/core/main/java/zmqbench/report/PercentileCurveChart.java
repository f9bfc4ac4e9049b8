package zmqbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.LatencySummary;
import zmqbench.results.PercentilePoint;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.Sizes;
import zmqbench.scenarios.ScenarioType;

/**
 * Round-trip latency against percentile for one latency cell, one curve per backend, drawn the way
 * HdrHistogram's plotter draws percentile distributions: the x axis is {@code 1 / (1 - p)} on a
 * log scale (0%, 90%, 99%, 99.9%, ...), the y axis the round-trip time.
 */
final class PercentileCurveChart {

    /** The x axis stops at 99.99999%: beyond that a curve is a handful of samples. */
    private static final int MAX_NINES = 7;

    /**
     * The y axis turns logarithmic when the slowest round trip is more than this many times the
     * fastest: a linear axis would squeeze the curves' bodies into the bottom few pixels.
     */
    static final double LOG_SCALE_SPREAD = 20;

    private PercentileCurveChart() {
    }

    /** The chart's SVG, or null when no backend has a curve for the cell. */
    static String render(CellKey key, List<CellResult> cells, BackendPalette palette) {
        return render(key, cells, palette, false);
    }

    /**
     * As {@link #render(CellKey, List, BackendPalette)}; with {@code uncorrected}, an open-loop
     * cell's round trips from the actual send rather than from the intended send time.
     */
    static String render(CellKey key, List<CellResult> cells, BackendPalette palette, boolean uncorrected) {
        List<String> names = new ArrayList<>();
        List<List<double[]>> curves = new ArrayList<>();
        double maxPercentile = 0;
        double minNs = Double.POSITIVE_INFINITY;
        double maxNs = 0;
        for (CellResult cell : cells) {
            List<double[]> curve = uncorrected
                    ? curve(cell, cell.latency().rttUncorrectedCurve(), cell.latency().rttUncorrectedNs())
                    : curve(cell);
            if (curve.isEmpty()) {
                continue;
            }
            names.add(cell.backend());
            curves.add(curve);
            for (double[] point : curve) {
                maxPercentile = Math.max(maxPercentile, point[0]);
                maxNs = Math.max(maxNs, point[1]);
                if (point[1] > 0) {
                    minNs = Math.min(minNs, point[1]);
                }
            }
        }
        if (curves.isEmpty()) {
            return null;
        }
        ChartAxis x = ChartAxis.percentile("percentile", maxPercentile, MAX_NINES);
        ChartAxis y;
        double scale;
        if (Double.isFinite(minNs) && maxNs > LOG_SCALE_SPREAD * minNs) {
            // A tail this long would flatten the body of every curve on a linear axis.
            scale = 1;
            y = ChartAxis.log10("round trip (log scale)", minNs, maxNs, HtmlNumbers::duration);
        } else {
            // Milliseconds once the tail reaches 10 ms, so that tick labels stay short.
            boolean millis = maxNs >= 10_000_000;
            scale = millis ? 1e6 : 1e3;
            y = ChartAxis.linearFromZero(millis ? "round trip (ms)" : "round trip (\u00b5s)",
                    maxNs / scale, HtmlNumbers::compact);
        }
        List<LineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            List<LineChart.Point> points = new ArrayList<>();
            for (double[] point : curves.get(i)) {
                String at = point[2] > 0 ? "max" : "p" + percent(point[0]);
                points.add(LineChart.Point.of(point[0], point[1] / scale,
                        names.get(i) + ", " + at + ": " + HtmlNumbers.duration(point[1])));
            }
            series.add(new LineChart.Series(names.get(i), palette.colour(names.get(i)), points));
        }
        return LineChart.render(title(key, uncorrected), x, y, series, false);
    }

    /** A percentile for a tooltip, from a fraction: 50, 99.9, 99.999. */
    private static String percent(double fraction) {
        return new BigDecimal(fraction * 100).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }

    static String title(CellKey key) {
        return "Round-trip latency by percentile: " + key.pattern().cliName() + " over " + key.transport().cliName()
                + ", "
                + Sizes.format(key.size()) + (key.hwm() >= 0 ? ", hwm " + key.hwm() : "")
                + (key.pacing().gapNs() > 0 ? ", after a quiet gap of " + Gaps.format(key.pacing().gapNs()) : "");
    }

    /** Open-loop titles say from which send time the round trips are timed. */
    static String title(CellKey key, boolean uncorrected) {
        if (!ScenarioType.of(key.scenario()).correctedSamples()) {
            return title(key);
        }
        return title(key) + (uncorrected ? ", open-loop, uncorrected (from actual send)"
                : ", open-loop, coordinated-omission corrected (from intended send time)");
    }

    /**
     * The cell's curve as {percentile as a fraction, ns, 1 for the maximum else 0} in rising
     * percentile order, or empty when the cell failed or has none.
     *
     * <p>zmqbench's curves, like HdrHistogram's iterator, give percentiles in percent (0..100);
     * HdrHistogram's printed distribution gives fractions (0..1). A curve with any value above 1
     * is taken as percent. The last point, the maximum at exactly 100%, has an infinite
     * 1/(1-p); it is drawn where the last of {@code count} samples sits, 1/(1-p) = count (and
     * never left of the point before it). Nothing goes beyond {@link #MAX_NINES} nines.
     */
    static List<double[]> curve(CellResult cell) {
        return curve(cell, cell.latency().rttCurve(), cell.latency().rttNs());
    }

    private static List<double[]> curve(CellResult cell, List<PercentilePoint> points, LatencySummary summary) {
        List<double[]> out = new ArrayList<>();
        if (!cell.ok() || points == null) {
            return out;
        }
        boolean percent = false;
        for (PercentilePoint point : points) {
            if (point != null && point.percentile() > 1 + 1e-9) {
                percent = true;
                break;
            }
        }
        double last = 0;
        long maxNs = -1;
        for (PercentilePoint point : points) {
            if (point == null || point.valueNs() < 0) {
                continue;
            }
            double p = percent ? point.percentile() / 100 : point.percentile();
            if (p >= 1) {
                maxNs = Math.max(maxNs, point.valueNs());
            } else if (p >= 0) {
                double nines = Math.min(MAX_NINES, Math.log10(1 / (1 - p)));
                out.add(new double[] {nines, point.valueNs(), 0});
            }
        }
        out.sort((a, b) -> Double.compare(a[0], b[0]));
        for (double[] point : out) {
            last = Math.max(last, point[0]);
        }
        if (maxNs >= 0) {
            long count = summary == null ? 0 : summary.count();
            double nines = Math.min(MAX_NINES, Math.max(last, count > 1 ? Math.log10(count) : last));
            out.add(new double[] {nines, maxNs, 1});
        }
        for (double[] point : out) {
            point[0] = 1 - Math.pow(10, -point[0]);
        }
        return out;
    }
}
