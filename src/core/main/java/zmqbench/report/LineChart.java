package zmqbench.report;

import java.util.ArrayList;
import java.util.List;

/** Lines through points, one per backend, over two axes; optionally with markers and 95% whiskers. */
final class LineChart {

    /**
     * One point. {@code lower} and {@code upper} bound its 95% interval, NaN when it has none.
     */
    record Point(double x, double y, double lower, double upper, String tooltip) {
        static Point of(double x, double y) {
            return new Point(x, y, Double.NaN, Double.NaN, null);
        }
    }

    /** One backend's line, its points in order along the x axis. */
    record Series(String name, String colour, List<Point> points) {
    }

    static final double PLOT_WIDTH = 640;
    static final double PLOT_HEIGHT = 300;

    private LineChart() {
    }

    /**
     * @param markers draw a dot with a tooltip at each point, and its whisker when it has one
     */
    static String render(String title, ChartAxis x, ChartAxis y, List<Series> series, boolean markers) {
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        for (Series s : series) {
            legend.add(new ChartFrame.LegendEntry(s.name(), s.colour()));
        }
        ChartFrame frame = new ChartFrame(title, PLOT_WIDTH, PLOT_HEIGHT, legend, y, 50);
        frame.yAxis(y);
        frame.xAxis(x);
        for (Series s : series) {
            List<double[]> line = new ArrayList<>();
            for (Point p : s.points()) {
                if (x.contains(p.x()) && y.contains(p.y())) {
                    line.add(new double[] {frame.x(x, p.x()), frame.y(y, p.y())});
                }
            }
            if (line.size() > 1) {
                frame.svg.polyline(line, s.colour(), 2, s.name());
            }
            if (markers) {
                drawMarkers(frame, x, y, s);
            }
        }
        return frame.finish();
    }

    private static void drawMarkers(ChartFrame frame, ChartAxis x, ChartAxis y, Series s) {
        for (Point p : s.points()) {
            if (!x.contains(p.x()) || !y.contains(p.y())) {
                continue;
            }
            double px = frame.x(x, p.x());
            if (Double.isFinite(p.lower()) && Double.isFinite(p.upper())) {
                // Clipped to the plot: a bound of 0 on a log axis, or past the top, ends at the frame.
                double lo = Math.min(frame.bottom, frame.y(y, Math.max(0, p.lower())));
                double hi = Math.max(frame.top, frame.y(y, p.upper()));
                frame.svg.line(px, lo, px, hi, s.colour(), 1.5);
                frame.svg.line(px - 4, lo, px + 4, lo, s.colour(), 1.5);
                frame.svg.line(px - 4, hi, px + 4, hi, s.colour(), 1.5);
            }
            frame.svg.circle(px, frame.y(y, p.y()), 4, s.colour(), p.tooltip());
        }
    }
}
