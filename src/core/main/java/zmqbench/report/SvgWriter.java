package zmqbench.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes the markup of one inline SVG chart. Coordinates are rounded to two decimals; every text
 * and attribute value is escaped. The {@code svg} element has no {@code xmlns}: inside an HTML
 * page the parser puts it in the SVG namespace by itself.
 */
final class SvgWriter {

    static final String FONT = "font-family=\"system-ui, sans-serif\"";

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Opens the {@code svg} element with {@code role="img"} and its {@code title}. */
    SvgWriter(double width, double height, String title) {
        out.append("<svg class=\"chart\" role=\"img\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" ").append(FONT).append(" font-size=\"12\">\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" fill=\"#ffffff\"/>\n");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
                .append("\" stroke=\"").append(HtmlText.escape(stroke))
                .append("\" stroke-width=\"").append(num(strokeWidth)).append("\"/>\n");
    }

    void rect(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"").append(HtmlText.escape(fill)).append('"');
        closeWithTooltip("rect", tooltip);
    }

    void circle(double cx, double cy, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                .append("\" r=\"").append(num(r)).append("\" fill=\"").append(HtmlText.escape(fill))
                .append("\" stroke=\"#ffffff\" stroke-width=\"1\"");
        closeWithTooltip("circle", tooltip);
    }

    /** A hollow circle: its outline only, for a value that is not decided. */
    void ring(double cx, double cy, double r, String stroke, String tooltip) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                .append("\" r=\"").append(num(r)).append("\" fill=\"#ffffff\" stroke=\"")
                .append(HtmlText.escape(stroke)).append("\" stroke-width=\"2\"");
        closeWithTooltip("circle", tooltip);
    }

    /**
     * An invisible target around a point that shows {@code tooltip} on hover; transparent rather
     * than no fill, so that it takes the pointer.
     */
    void hoverPoint(double cx, double cy, String tooltip) {
        out.append("<circle class=\"hover\" cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                .append("\" r=\"4\" fill=\"transparent\"");
        closeWithTooltip("circle", tooltip);
    }

    /** A filled closed shape through the points, each {@code {x, y}}: an interval band. */
    void polygon(List<double[]> points, String fill, double opacity) {
        out.append("<polygon fill=\"").append(HtmlText.escape(fill)).append("\" fill-opacity=\"")
                .append(num(opacity)).append("\" stroke=\"none\" points=\"");
        appendPoints(points);
        out.append("\"/>\n");
    }

    /**
     * Opens a group of one backend's marks, classed {@code bk-NAME} so that the page's backend
     * checkboxes can hide it ({@link BackendToggles}); {@link #closeGroup} ends it.
     */
    void openBackend(String backend) {
        out.append("<g class=\"").append(BackendToggles.cssClass(backend)).append("\">\n");
    }

    void closeGroup() {
        out.append("</g>\n");
    }

    /** An open line through the points, each {@code {x, y}}. */
    void polyline(List<double[]> points, String stroke, double strokeWidth, String tooltip) {
        out.append("<polyline fill=\"none\" stroke=\"").append(HtmlText.escape(stroke))
                .append("\" stroke-width=\"").append(num(strokeWidth))
                .append("\" stroke-linejoin=\"round\" points=\"");
        appendPoints(points);
        out.append('"');
        closeWithTooltip("polyline", tooltip);
    }

    /**
     * Text at (x, y), one {@code tspan} per line below the first.
     *
     * @param anchor {@code start}, {@code middle} or {@code end}
     */
    void text(double x, double y, String anchor, String fill, String... lines) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append("\">");
        appendLines(x, lines);
        out.append("</text>\n");
    }

    /** A chart's visible heading: bold, left-aligned at (x, y). */
    void heading(double x, double y, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-size=\"13\" font-weight=\"bold\" fill=\"#222222\">")
                .append(HtmlText.escape(text)).append("</text>\n");
    }

    /** Text turned 90 degrees anticlockwise about (x, y), for a vertical axis title. */
    void verticalText(double x, double y, String fill, String text) {
        verticalText(x, y, "middle", fill, text);
    }

    /**
     * Text turned 90 degrees anticlockwise about (x, y), reading upwards.
     *
     * @param anchor {@code start} to begin at (x, y), {@code middle} to centre on it
     */
    void verticalText(double x, double y, String anchor, String fill, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill)
                .append("\" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y)).append(")\">")
                .append(HtmlText.escape(text)).append("</text>\n");
    }

    /** Closes the {@code svg} element and returns the markup. */
    String finish() {
        out.append("</svg>\n");
        return out.toString();
    }

    /** A coordinate: at most two decimals, no exponent, no trailing zeros. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private void appendPoints(List<double[]> points) {
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            out.append(i == 0 ? "" : " ").append(num(p[0])).append(',').append(num(p[1]));
        }
    }

    private void appendLines(double x, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            if (i == 0) {
                out.append(HtmlText.escape(lines[i]));
            } else {
                out.append("<tspan x=\"").append(num(x)).append("\" dy=\"1.2em\">")
                        .append(HtmlText.escape(lines[i])).append("</tspan>");
            }
        }
    }

    private void closeWithTooltip(String element, String tooltip) {
        if (tooltip == null || tooltip.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(HtmlText.escape(tooltip)).append("</title></")
                    .append(element).append(">\n");
        }
    }
}
