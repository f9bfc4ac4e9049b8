package zmqbench.cli;

import java.util.Locale;

/** Percentages and durations as options take them: {@code 5%} or {@code 5}; {@code 150s}, {@code 3m} or {@code 150}. */
final class Amounts {

    private Amounts() {
    }

    /** {@code "5%"} or {@code "5"} as the fraction 0.05. */
    static double percent(String option, String text) {
        String number = text.strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        try {
            return Double.parseDouble(number) / 100.0;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": expected a percentage such as 5%, got '" + text + "'");
        }
    }

    /** {@code "150s"}, {@code "3m"}, {@code "150"} (seconds) or {@code "0"} as whole seconds. */
    static int seconds(String option, String text) {
        String number = text.strip().toLowerCase(Locale.ROOT);
        int unit = 1;
        if (number.endsWith("m") || number.endsWith("min")) {
            unit = 60;
            number = number.substring(0, number.length() - (number.endsWith("min") ? 3 : 1));
        } else if (number.endsWith("s")) {
            number = number.substring(0, number.length() - 1);
        }
        try {
            return Math.multiplyExact(Integer.parseInt(number.strip()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(option + ": expected a duration such as 150s or 3m, got '" + text + "'");
        }
    }
}
