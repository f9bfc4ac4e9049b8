package zmqbench.report;

import java.util.List;

/**
 * What every chart shares: the canvas, a legend row above the plot, the plot area, grid lines,
 * the axes with their ticks and titles. The chart types draw their data into it.
 */
final class ChartFrame {

    /** A legend line: a backend and its colour. */
    record LegendEntry(String label, String colour) {
    }

    static final double TICK_FONT_PX = 11;
    private static final String AXIS = "#333333";
    private static final String GRID = "#e3e3e3";
    private static final String TEXT = "#222222";
    private static final double CHAR_PX = 6.6;
    private static final double LEGEND_ROW_PX = 18;
    /** The legend starts under the chart's heading. */
    private static final double LEGEND_TOP_PX = 30;
    /** Room for half of the last x tick label, which is centred on the plot's right edge. */
    private static final double RIGHT_MARGIN = 44;

    final SvgWriter svg;
    final double left;
    final double top;
    final double right;
    final double bottom;
    private final double width;
    private final double height;

    /**
     * @param yAxis the value axis, to size the left margin for its tick labels
     * @param bottomMargin room under the plot for the x tick labels and the x axis title
     */
    ChartFrame(String title, double plotWidth, double plotHeight, List<LegendEntry> legend,
               ChartAxis yAxis, double bottomMargin) {
        int longest = 0;
        for (ChartAxis.Tick tick : yAxis.ticks()) {
            longest = Math.max(longest, tick.label().length());
        }
        left = 34 + longest * CHAR_PX;
        width = left + plotWidth + RIGHT_MARGIN;
        int rows = legendRows(legend, plotWidth);
        top = LEGEND_TOP_PX + rows * LEGEND_ROW_PX + 6;
        bottom = top + plotHeight;
        right = left + plotWidth;
        height = bottom + bottomMargin;
        svg = new SvgWriter(width, height, title);
        svg.heading(8, 17, title);
        drawLegend(legend);
    }

    double x(ChartAxis axis, double value) {
        return left + axis.fraction(value) * (right - left);
    }

    double y(ChartAxis axis, double value) {
        return bottom - axis.fraction(value) * (bottom - top);
    }

    /** Horizontal grid lines, tick labels on the left and the rotated axis title. */
    void yAxis(ChartAxis axis) {
        for (ChartAxis.Tick tick : axis.ticks()) {
            double y = y(axis, tick.value());
            svg.line(left, y, right, y, GRID, 1);
            svg.line(left - 4, y, left, y, AXIS, 1);
            svg.text(left - 7, y + 4, "end", TEXT, tick.label());
        }
        svg.verticalText(13, (top + bottom) / 2, TEXT, axis.title());
    }

    /** Vertical grid lines, tick labels below the plot and the axis title under them. */
    void xAxis(ChartAxis axis) {
        for (ChartAxis.Tick tick : axis.ticks()) {
            double x = x(axis, tick.value());
            svg.line(x, top, x, bottom, GRID, 1);
            svg.line(x, bottom, x, bottom + 4, AXIS, 1);
            svg.text(x, bottom + 17, "middle", TEXT, tick.label());
        }
        xTitle(axis.title(), bottom + 38);
    }

    void xTitle(String title, double y) {
        svg.text((left + right) / 2, y, "middle", TEXT, title);
    }

    /** The axis lines, drawn last so that data never hide them. */
    String finish() {
        svg.line(left, top, left, bottom, AXIS, 1);
        svg.line(left, bottom, right, bottom, AXIS, 1);
        return svg.finish();
    }

    /** Rough width of a label in the chart's font, for layout. */
    static double textWidth(String text) {
        return text.length() * CHAR_PX;
    }

    private void drawLegend(List<LegendEntry> legend) {
        double x = left;
        double y = LEGEND_TOP_PX;
        for (LegendEntry entry : legend) {
            double w = entryWidth(entry);
            if (x > left && x + w > right) {
                x = left;
                y += LEGEND_ROW_PX;
            }
            svg.rect(x, y, 12, 12, entry.colour(), null);
            svg.text(x + 17, y + 10.5, "start", TEXT, entry.label());
            x += w;
        }
    }

    private static int legendRows(List<LegendEntry> legend, double available) {
        int rows = legend.isEmpty() ? 0 : 1;
        double used = 0;
        for (LegendEntry entry : legend) {
            double w = entryWidth(entry);
            if (used > 0 && used + w > available) {
                rows++;
                used = 0;
            }
            used += w;
        }
        return rows;
    }

    private static double entryWidth(LegendEntry entry) {
        return 17 + textWidth(entry.label()) + 22;
    }
}
