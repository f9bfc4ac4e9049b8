package zmqbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines through points, one per backend, over two axes. Every point shows its value on hover;
 * with {@code bands}, each point is a dot and the line runs inside a band of its 95% intervals.
 * Each backend's marks form one group, which the page's backend checkboxes show or hide.
 */
final class LineChart {

    /**
     * One point. {@code lower} and {@code upper} bound its 95% interval, NaN when it has none.
     */
    record Point(double x, double y, double lower, double upper, String tooltip) {
        static Point of(double x, double y, String tooltip) {
            return new Point(x, y, Double.NaN, Double.NaN, tooltip);
        }
    }

    /** One backend's line, its points in order along the x axis. */
    record Series(String name, String colour, List<Point> points) {
    }

    static final double PLOT_WIDTH = 640;
    static final double PLOT_HEIGHT = 300;
    private static final double BAND_OPACITY = 0.18;

    private LineChart() {
    }

    /**
     * @param bands draw each point as a dot and the series' 95% intervals as a band
     */
    static String render(String title, ChartAxis x, ChartAxis y, List<Series> series, boolean bands) {
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        for (Series s : series) {
            legend.add(new ChartFrame.LegendEntry(s.name(), s.colour()));
        }
        ChartFrame frame = new ChartFrame(title, PLOT_WIDTH, PLOT_HEIGHT, legend, y, 50);
        frame.yAxis(y);
        frame.xAxis(x);
        for (Series s : series) {
            frame.svg.openBackend(s.name());
            if (bands) {
                band(frame, x, y, s);
            }
            List<double[]> line = new ArrayList<>();
            for (Point p : s.points()) {
                if (x.contains(p.x()) && y.contains(p.y())) {
                    line.add(new double[] {frame.x(x, p.x()), frame.y(y, p.y())});
                }
            }
            if (line.size() > 1) {
                frame.svg.polyline(line, s.colour(), 2, s.name());
            }
            for (Point p : s.points()) {
                if (x.contains(p.x()) && y.contains(p.y())) {
                    double px = frame.x(x, p.x());
                    double py = frame.y(y, p.y());
                    if (bands) {
                        frame.svg.circle(px, py, 4, s.colour(), p.tooltip());
                    } else {
                        frame.svg.hoverPoint(px, py, p.tooltip());
                    }
                }
            }
            frame.svg.closeGroup();
        }
        return frame.finish();
    }

    /**
     * The 95% intervals as one shaded shape: along the upper bounds, back along the lower ones;
     * clipped to the plot (a bound of 0 on a log axis, or past the top, ends at the frame).
     */
    private static void band(ChartFrame frame, ChartAxis x, ChartAxis y, Series s) {
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (Point p : s.points()) {
            if (!x.contains(p.x()) || !Double.isFinite(p.lower()) || !Double.isFinite(p.upper())) {
                continue;
            }
            double px = frame.x(x, p.x());
            upper.add(new double[] {px, clampY(frame, y, p.upper())});
            lower.add(0, new double[] {px, clampY(frame, y, p.lower())});
        }
        if (upper.size() > 1) {
            upper.addAll(lower);
            frame.svg.polygon(upper, s.colour(), BAND_OPACITY);
        }
    }

    /** A value's height, within the plot; 0 and below (no place on a log axis) at its foot. */
    private static double clampY(ChartFrame frame, ChartAxis y, double value) {
        return value > 0 ? Math.max(frame.top, Math.min(frame.bottom, frame.y(y, value))) : frame.bottom;
    }
}
