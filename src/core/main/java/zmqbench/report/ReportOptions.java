package zmqbench.report;

/**
 * How a report is rendered.
 *
 * @param color ANSI colour in the terminal table (the caller decides: a TTY, and no NO_COLOR)
 * @param widthColumns the widest line the terminal table may print
 */
public record ReportOptions(boolean color, int widthColumns) {

    public static final int DEFAULT_WIDTH_COLUMNS = 100;
    public static final int MIN_WIDTH_COLUMNS = 80;

    public ReportOptions {
        if (widthColumns < MIN_WIDTH_COLUMNS) {
            throw new IllegalArgumentException(
                    "report width must be at least " + MIN_WIDTH_COLUMNS + " columns, got " + widthColumns);
        }
    }

    /** No colour, 100 columns. */
    public static ReportOptions plain() {
        return new ReportOptions(false, DEFAULT_WIDTH_COLUMNS);
    }
}
