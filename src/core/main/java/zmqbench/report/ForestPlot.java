package zmqbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.Estimate;

/**
 * The HTML report's lead chart, in two panels side by side: latency (lower is better) and
 * throughput (higher is better), each marked with which way is faster. One line per backend and
 * cell: its ratio to the baseline as a dot and its 95% interval as a bar, on a logarithmic axis (a
 * ratio of 2 and one of 1/2 lie as far from 1), over a grey band of 1 ± the run's margin. The dot's
 * colour is the verdict against that margin ({@link Summary}): a difference the run could not
 * resolve is grey or an amber ring, never red or green. An interval wider than the axis is cut at
 * its edge.
 */
final class ForestPlot {

    static final String FASTER = "#1a7f1a";
    static final String SLOWER = "#b01c1c";
    static final String SAME = "#777777";
    static final String UNDECIDED = "#c77700";

    /** Room for the row labels: at least this, more for long ones (the panel grows, and may wrap below). */
    private static final double MIN_LABEL_WIDTH = 170;
    private static final double PLOT_WIDTH = 380;
    private static final double RIGHT = 20;
    private static final double ROW_HEIGHT = 20;
    /** Heading, then the "which way is faster" line, then the rows. */
    private static final double TOP = 46;
    /** Tick labels, then the legend. */
    private static final double BOTTOM = 46;
    /** The axis never spans less than 0.5x..2x, so small differences do not look large. */
    private static final double MIN_LOG_SPAN = Math.log(2);
    /** Nor more than 1/1000x..1000x: an unbounded interval is cut at the edge. */
    private static final double MAX_LOG_SPAN = Math.log(1000);

    private ForestPlot() {
    }

    /** The panels as one HTML block, or "" when no row has a ratio. */
    static String html(List<Summary.Row> rows, String baseline, double margin) {
        StringBuilder out = new StringBuilder();
        for (boolean higherIsBetter : new boolean[] {false, true}) {
            List<Summary.Row> panel = rows.stream()
                    .filter(r -> r.ratio() != null && r.figure().higherIsBetter() == higherIsBetter).toList();
            if (!panel.isEmpty()) {
                out.append("<figure>").append(panel(panel, baseline, margin, higherIsBetter)).append("</figure>\n");
            }
        }
        return out.isEmpty() ? "" : "<div class=\"forest\" id=\"forest\">\n" + out + "</div>\n";
    }

    private static String panel(List<Summary.Row> rows, String baseline, double margin, boolean higherIsBetter) {
        double span = MIN_LOG_SPAN;
        for (Summary.Row row : rows) {
            span = Math.max(span, Math.abs(Math.log(row.ratio().lower())));
            span = Math.max(span, Math.abs(Math.log(row.ratio().upper())));
        }
        span = Math.min(span * 1.05, MAX_LOG_SPAN);
        boolean oneScenario = rows.stream().map(r -> r.key().scenario()).distinct().count() == 1;
        boolean oneCell = rows.stream().map(Summary.Row::key).distinct().count() == 1;
        List<String> labels = new ArrayList<>();
        double labelWidth = MIN_LABEL_WIDTH;
        for (Summary.Row row : rows) {
            String label = (oneScenario ? "" : row.key().scenario().cliName() + " ")
                    + (oneCell ? "" : row.key().label(Set.of(LabelPart.PATTERN)) + " \u00b7 ") + row.backend();
            labels.add(label);
            labelWidth = Math.max(labelWidth, ChartFrame.textWidth(label) + 16);
        }
        double left = labelWidth;
        double height = TOP + rows.size() * ROW_HEIGHT + BOTTOM;
        String figure = higherIsBetter ? "delivered msg/s" : "RTT p50";
        String title = (higherIsBetter ? "Throughput" : "Latency") + ": " + figure + " / " + baseline;
        SvgWriter svg = new SvgWriter(left + PLOT_WIDTH + RIGHT, height,
                title + ", 95% intervals, one line per backend and cell");
        svg.heading(4, 16, title + " (log scale)");
        double one = x(1, left, span);
        double plotBottom = height - BOTTOM;
        // Which way is better, on the side where it is.
        String better = higherIsBetter ? "faster: more msg/s \u2192" : "\u2190 faster: shorter round trip";
        svg.text(higherIsBetter ? left + PLOT_WIDTH : left, 34, higherIsBetter ? "end" : "start",
                FASTER, better);
        double bandLeft = x(1 - margin, left, span);
        svg.rect(bandLeft, TOP - 6, x(1 + margin, left, span) - bandLeft, plotBottom - TOP + 10, "#ececec",
                "1 \u00b1" + HtmlNumbers.percent(margin) + ": the same, within the run's margin");
        svg.line(one, TOP - 6, one, plotBottom + 4, "#888888", 1);
        for (double tick : ticks(span)) {
            double x = x(tick, left, span);
            svg.line(x, plotBottom + 2, x, plotBottom + 6, "#555555", 1);
            svg.text(x, plotBottom + 18, "middle", "#555555", tickLabel(tick));
        }
        for (int i = 0; i < rows.size(); i++) {
            Summary.Row row = rows.get(i);
            double y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            Estimate r = row.ratio();
            svg.text(left - 8, y + 4, "end", "#222222", labels.get(i));
            String tooltip = row.backend() + ", " + row.key().label() + ": " + Units.ratio(r) + ", " + row.phrase();
            String colour = colour(row.verdict());
            svg.line(x(r.lower(), left, span), y, x(r.upper(), left, span), y, colour, 2.5);
            if (Summary.UNDECIDED.equals(row.verdict())) {
                svg.ring(x(r.median(), left, span), y, 4.5, colour, tooltip);
            } else {
                svg.circle(x(r.median(), left, span), y, 4.5, colour, tooltip);
            }
        }
        legend(svg, left, height - 8, margin);
        return svg.finish();
    }

    /** The dot's colour for a {@link Summary} verdict. */
    static String colour(String verdict) {
        return switch (verdict) {
            case Summary.FASTER -> FASTER;
            case Summary.SLOWER -> SLOWER;
            case Summary.UNDECIDED -> UNDECIDED;
            default -> SAME;
        };
    }

    private static void legend(SvgWriter svg, double left, double y, double margin) {
        String[][] entries = {{Summary.FASTER, "faster"}, {Summary.SLOWER, "slower"},
            {Summary.SAME, "same (within \u00b1" + HtmlNumbers.percent(margin) + ")"},
            {Summary.UNDECIDED, "undecided"}};
        double x = left;
        for (String[] entry : entries) {
            if (Summary.UNDECIDED.equals(entry[0])) {
                svg.ring(x + 5, y - 4, 4.5, colour(entry[0]), null);
            } else {
                svg.circle(x + 5, y - 4, 4.5, colour(entry[0]), null);
            }
            svg.text(x + 13, y, "start", "#333333", entry[1]);
            x += 13 + ChartFrame.textWidth(entry[1]) + 16;
        }
    }

    /** Where a ratio lies, 1 in the middle of the plot right of {@code left}, clamped to the axis. */
    private static double x(double ratio, double left, double span) {
        double log = ratio > 0.0 && Double.isFinite(ratio) ? Math.log(ratio) : (ratio > 0.0 ? span : -span);
        double clamped = Math.max(-span, Math.min(span, log));
        return left + PLOT_WIDTH / 2 + clamped / span * (PLOT_WIDTH / 2 - 10);
    }

    /** A tick: two significant digits at most, 0.001x, 0.25x, 1x, 1000x. */
    private static String tickLabel(double ratio) {
        return new BigDecimal(ratio).round(new MathContext(2)).stripTrailingZeros().toPlainString() + "x";
    }

    /** 1 and powers of 2 (or 10, for wide spans) each way, within the span. */
    private static List<Double> ticks(double span) {
        double base = span > Math.log(20) ? 10 : 2;
        List<Double> ticks = new ArrayList<>(List.of(1.0));
        for (double t = base; Math.log(t) <= span; t *= base) {
            ticks.add(t);
            ticks.add(1 / t);
        }
        return ticks;
    }
}
