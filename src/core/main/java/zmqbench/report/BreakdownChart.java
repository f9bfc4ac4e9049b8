package zmqbench.report;

import java.util.List;
import java.util.Locale;
import zmqbench.breakdown.BreakdownRow;
import zmqbench.breakdown.CrossingCosts;

/**
 * "Where the time goes" in the HTML report: per cell, one horizontal stacked bar per backend of its
 * extra time per message over the baseline, in crossings, the binding's other CPU, GC, other
 * threads, wake-ups and the rest (the rest is
 * always drawn; a negative part is drawn left of zero), each bar labelled with its total. A small
 * self-contained SVG per cell, its own section.
 */
public final class BreakdownChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 110;
    private static final int BAR = 18;
    private static final int GAP = 8;
    private static final String[][] PARTS = {
        {"crossings", "#1f77b4"}, {"binding", "#2ca02c"}, {"GC", "#d62728"}, {"other threads", "#9467bd"},
        {"wake-ups", "#ff7f0e"}, {"rest", "#9e9e9e"}};

    private BreakdownChart() {
    }

    /** The section (heading, one chart per cell, the legend); nothing when no cell can be taken apart. */
    public static void write(StringBuilder out, ResultGrid grid, CrossingCosts costs) {
        List<BreakdownSection.Part> parts = BreakdownSection.parts(grid, costs);
        if (parts.isEmpty()) {
            return;
        }
        out.append("<section id=\"breakdown\">\n<h2>Where the time goes</h2>\n");
        out.append("<p>").append(HtmlText.escape(BreakdownSection.legend(costs))).append("</p>\n<p>");
        for (String[] part : PARTS) {
            out.append("<span style=\"color:").append(part[1]).append("\">&#9632;</span> ").append(part[0])
                    .append(" &nbsp; ");
        }
        out.append("</p>\n");
        for (BreakdownSection.Part part : parts) {
            out.append("<h3>").append(HtmlText.escape(part.table().title())).append("</h3>\n");
            chart(out, part.rows());
            out.append("<ul>\n");
            part.sentences().forEach(s -> out.append("<li>").append(HtmlText.escape(s)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void chart(StringBuilder out, List<BreakdownRow> rows) {
        double low = 0;
        double high = 0;
        for (BreakdownRow row : rows) {
            double[] values = values(row);
            double positive = 0;
            double negative = 0;
            for (double v : values) {
                positive += Math.max(0, v);
                negative += Math.min(0, v);
            }
            high = Math.max(high, positive);
            low = Math.min(low, negative);
        }
        double span = high - low == 0 ? 1 : high - low;
        double scale = (WIDTH - LABEL - 80) / span;
        double zero = LABEL + -low * scale;
        int height = rows.size() * (BAR + GAP) + GAP;
        out.append("<svg class=\"chart\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" ").append(SvgWriter.FONT).append(" font-size=\"12\">\n");
        for (int r = 0; r < rows.size(); r++) {
            BreakdownRow row = rows.get(r);
            int y = GAP + r * (BAR + GAP);
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                    LABEL - 6, y + BAR - 5, HtmlText.escape(row.backend())));
            double right = zero;
            double left = zero;
            double[] values = values(row);
            for (int p = 0; p < values.length; p++) {
                double w = Math.abs(values[p]) * scale;
                double x = values[p] >= 0 ? right : left - w;
                if (values[p] >= 0) {
                    right += w;
                } else {
                    left -= w;
                }
                out.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.0f ns</title>"
                                + "</rect>\n", x, y, w, BAR, PARTS[p][1], PARTS[p][0], values[p]));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%+.0f ns</text>\n", right + 4,
                    y + BAR - 5, row.extraNs()));
        }
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" stroke=\"#333\"/>\n",
                zero, zero, height));
        out.append("</svg>\n");
    }

    /**
     * Crossings, binding, GC, other threads (where they add), wake-ups, rest: an unknown part is 0
     * here, and so in the rest.
     */
    private static double[] values(BreakdownRow row) {
        return new double[] {known(row.crossingsTimeNs()), known(row.bindingCpuNs()), known(row.gcNs()),
            row.otherThreadsAdded() ? known(row.otherThreadsNs()) : 0, known(row.wakeupNs()), row.restNs()};
    }

    private static double known(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
