package zmqbench.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A failed cell's status, shortened to fit a table cell; the full text goes in a footnote. */
public final class CellStatus {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private CellStatus() {
    }

    /**
     * "LOST n" when the status mentions lost messages (n = its first number), "TIMEOUT",
     * "N/A" for an unsupported combination, "SKIPPED", else "FAILED".
     */
    public static String shortText(String status) {
        if (status == null || status.isBlank()) {
            return "FAILED";
        }
        String lower = status.toLowerCase(Locale.ROOT);
        if (lower.contains("lost")) {
            Matcher number = NUMBER.matcher(lower);
            return number.find() ? "LOST " + number.group() : "LOST";
        }
        if (lower.contains("timeout") || lower.contains("timed out")) {
            return "TIMEOUT";
        }
        if (lower.contains("unsupported") || lower.contains("not supported")) {
            return "N/A";
        }
        if (lower.contains("skipped")) {
            return "SKIPPED";
        }
        return "FAILED";
    }
}
