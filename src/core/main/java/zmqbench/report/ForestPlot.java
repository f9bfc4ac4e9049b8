package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.report.units.Units;
import zmqbench.results.Estimate;

/**
 * The HTML report's lead chart: one line per backend and cell, its ratio to the baseline as a dot
 * and its 95% interval as a bar, on a logarithmic axis (a ratio of 2 and one of 1/2 lie as far from
 * 1), with the line of no difference at 1. Green: faster, red: slower, grey: no significant
 * difference. An interval wider than the axis is cut at its edge.
 */
final class ForestPlot {

    private static final double LABEL_WIDTH = 260;
    private static final double PLOT_WIDTH = 420;
    private static final double ROW_HEIGHT = 20;
    private static final double TOP = 34;
    private static final double BOTTOM = 34;
    /** The axis never spans less than 0.5x..2x, so small differences do not look large. */
    private static final double MIN_LOG_SPAN = Math.log(2);
    /** Nor more than 1/1000x..1000x: an unbounded interval is cut at the edge. */
    private static final double MAX_LOG_SPAN = Math.log(1000);

    private ForestPlot() {
    }

    /** The chart's SVG, or "" when no row has a ratio. */
    static String svg(List<Summary.Row> rows, String baseline) {
        List<Summary.Row> ratios = rows.stream().filter(r -> r.ratio() != null).toList();
        if (ratios.isEmpty()) {
            return "";
        }
        double span = MIN_LOG_SPAN;
        for (Summary.Row row : ratios) {
            span = Math.max(span, Math.abs(Math.log(row.ratio().lower())));
            span = Math.max(span, Math.abs(Math.log(row.ratio().upper())));
        }
        span = Math.min(span * 1.05, MAX_LOG_SPAN);
        double height = TOP + ratios.size() * ROW_HEIGHT + BOTTOM;
        SvgWriter svg = new SvgWriter(LABEL_WIDTH + PLOT_WIDTH + 20, height,
                "Ratio to " + baseline + " with 95% intervals, one line per backend and cell");
        svg.heading(4, 16, "Ratio to " + baseline + " (log scale), 95% interval");
        double left = LABEL_WIDTH;
        double one = left + PLOT_WIDTH / 2;
        svg.line(one, TOP - 6, one, height - BOTTOM + 4, "#888888", 1);
        for (double tick : ticks(span)) {
            double x = x(tick, span);
            svg.line(x, height - BOTTOM + 2, x, height - BOTTOM + 6, "#555555", 1);
            svg.text(x, height - BOTTOM + 18, "middle", "#555555", Units.ratio(tick));
        }
        for (int i = 0; i < ratios.size(); i++) {
            Summary.Row row = ratios.get(i);
            double y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            Estimate r = row.ratio();
            String colour = switch (row.verdict()) {
                case Summary.FASTER -> "#1a7f1a";
                case Summary.SLOWER -> "#b01c1c";
                default -> "#777777";
            };
            svg.text(left - 8, y + 4, "end", "#222222", row.key().scenario().cliName() + " " + SummaryTable.label(row.key())
                    + " \u00b7 " + row.backend());
            String tooltip = row.backend() + ", " + row.key().scenario().cliName() + " " + SummaryTable.label(row.key()) + ": "
                    + Units.ratio(r) + ", " + row.phrase();
            svg.line(x(r.lower(), span), y, x(r.upper(), span), y, colour, 2.5);
            svg.circle(x(r.median(), span), y, 4.5, colour, tooltip);
        }
        svg.text(one, height - 4, "middle", "#555555", "latency: left of 1 is faster; throughput: right of 1 is faster");
        return svg.finish();
    }

    /** Where a ratio lies, 1 in the middle, clamped to the axis. */
    private static double x(double ratio, double span) {
        double log = ratio > 0.0 && Double.isFinite(ratio) ? Math.log(ratio) : (ratio > 0.0 ? span : -span);
        double clamped = Math.max(-span, Math.min(span, log));
        return LABEL_WIDTH + PLOT_WIDTH / 2 + clamped / span * (PLOT_WIDTH / 2 - 10);
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
