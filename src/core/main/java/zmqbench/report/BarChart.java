package zmqbench.report;

import java.util.List;

/**
 * Grouped bars: one group per category (a cell, or a message size), one bar per backend in legend
 * order, each with a whisker for its 95% interval. A backend without a value leaves a gap, so a
 * backend's bar sits in the same place in every group. The legend's labels name the backends, whose
 * bars the page's checkboxes show or hide.
 */
final class BarChart {

    /**
     * One bar: the median, the bounds of its 95% interval and a tooltip. A NaN value marks a
     * backend whose cell failed: no bar, the tooltip written upright in its place instead.
     */
    record Bar(double value, double lower, double upper, String tooltip) {
    }

    /**
     * One category. {@code bars} is aligned with the legend; null where a backend has no cell.
     */
    record Group(List<String> labelLines, List<Bar> bars) {
    }

    private static final double MIN_PLOT_WIDTH = 560;
    private static final double PLOT_HEIGHT = 300;
    private static final double MAX_BAR_PX = 48;
    private static final double GROUP_GAP_PX = 18;

    private BarChart() {
    }

    static String render(String title, ChartAxis y, String xTitle, List<ChartFrame.LegendEntry> legend,
                         List<Group> groups) {
        int slots = Math.max(1, legend.size());
        double widestLabel = 0;
        for (Group group : groups) {
            for (String line : group.labelLines()) {
                widestLabel = Math.max(widestLabel, ChartFrame.textWidth(line));
            }
        }
        double minGroup = Math.max(widestLabel + 12, slots * 12 + GROUP_GAP_PX);
        double plotWidth = Math.max(MIN_PLOT_WIDTH, groups.size() * minGroup);
        int labelLines = groups.stream().mapToInt(g -> g.labelLines().size()).max().orElse(1);
        ChartFrame frame = new ChartFrame(title, plotWidth, PLOT_HEIGHT, legend, y, 34 + labelLines * 15);
        frame.yAxis(y);

        double groupWidth = plotWidth / Math.max(1, groups.size());
        double barWidth = Math.min(MAX_BAR_PX, (groupWidth - GROUP_GAP_PX) / slots);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double center = frame.left + groupWidth * (g + 0.5);
            double start = center - barWidth * slots / 2;
            for (int s = 0; s < group.bars().size() && s < slots; s++) {
                Bar bar = group.bars().get(s);
                if (bar == null) {
                    continue;
                }
                frame.svg.openBackend(legend.get(s).label());
                if (Double.isFinite(bar.value())) {
                    drawBar(frame, y, start + s * barWidth, barWidth, legend.get(s).colour(), bar);
                } else {
                    // A cell that ran but has no value (it failed): say so where its bar would be.
                    frame.svg.verticalText(start + (s + 0.5) * barWidth + 4, frame.bottom - 4, "start",
                            "#a40000", bar.tooltip());
                }
                frame.svg.closeGroup();
            }
            frame.svg.text(center, frame.bottom + 17, "middle", "#222222",
                    group.labelLines().toArray(String[]::new));
        }
        frame.xTitle(xTitle, frame.bottom + 17 + labelLines * 15 + 8);
        return frame.finish();
    }

    private static void drawBar(ChartFrame frame, ChartAxis y, double x, double width, String colour, Bar bar) {
        double value = Math.max(0, Math.min(bar.value(), y.max()));
        double top = frame.y(y, value);
        // A one-pixel gap between neighbouring bars keeps them apart.
        frame.svg.rect(x + 0.5, top, Math.max(1, width - 1), frame.bottom - top, colour, bar.tooltip());
        if (Double.isFinite(bar.lower()) && Double.isFinite(bar.upper())) {
            double cx = x + width / 2;
            double lo = frame.y(y, Math.max(0, bar.lower()));
            double hi = frame.y(y, Math.min(bar.upper(), y.max()));
            double cap = Math.min(5, width / 4);
            frame.svg.line(cx, lo, cx, hi, "#222222", 1.2);
            frame.svg.line(cx - cap, lo, cx + cap, lo, "#222222", 1.2);
            frame.svg.line(cx - cap, hi, cx + cap, hi, "#222222", 1.2);
        }
    }
}
