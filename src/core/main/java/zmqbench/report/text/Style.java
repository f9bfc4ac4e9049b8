package zmqbench.report.text;

/** How a table cell is emphasised; only the terminal table with colour on shows it. */
public enum Style {
    PLAIN(""),
    /** Significantly better than the baseline (or than before, in a diff). */
    GOOD("\u001b[32m"),
    /** Significantly worse. */
    BAD("\u001b[31m"),
    /** Not significant, or nothing to show. */
    DIM("\u001b[2m"),
    /** A failed cell. */
    ALERT("\u001b[1;33m"),
    BOLD("\u001b[1m");

    private static final String RESET = "\u001b[0m";

    private final String ansi;

    Style(String ansi) {
        this.ansi = ansi;
    }

    /** {@code text} wrapped in this style's ANSI codes, or unchanged when plain or colour is off. */
    public String apply(String text, boolean color) {
        return !color || ansi.isEmpty() || text.isBlank() ? text : ansi + text + RESET;
    }
}
