package zmqbench.report.text;

/**
 * One table cell: the text, aligned by its column, then an optional suffix (footnote marks)
 * left-aligned after it, so numbers line up whether or not they carry a mark.
 */
public record Cell(String text, String suffix, Style style) {

    public Cell {
        text = text == null ? "" : text;
        suffix = suffix == null ? "" : suffix;
        style = style == null ? Style.PLAIN : style;
    }

    public static Cell of(String text) {
        return new Cell(text, "", Style.PLAIN);
    }

    public static Cell of(String text, Style style) {
        return new Cell(text, "", style);
    }

    /** Text and suffix as one string, for formats that do not align (Markdown). */
    public String joined() {
        return suffix.isEmpty() ? text : text + " " + suffix;
    }
}
