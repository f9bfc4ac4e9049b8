package zmqbench.cli;

import java.util.Locale;

/** Message sizes as people write them: 64, 1k, 1KiB, 128kib, 1m (binary multiples). */
final class Sizes {

    private Sizes() {
    }

    static int parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        long multiplier = 1;
        String number = lower;
        if (lower.endsWith("kib") || lower.endsWith("k")) {
            multiplier = 1024;
            number = lower.substring(0, lower.length() - (lower.endsWith("kib") ? 3 : 1));
        } else if (lower.endsWith("mib") || lower.endsWith("m")) {
            multiplier = 1024 * 1024;
            number = lower.substring(0, lower.length() - (lower.endsWith("mib") ? 3 : 1));
        } else if (lower.endsWith("b")) {
            number = lower.substring(0, lower.length() - 1);
        }
        try {
            long bytes = Long.parseLong(number.strip()) * multiplier;
            if (bytes < 1) {
                throw new IllegalArgumentException("--sizes: a message size must be at least 1 byte, got '"
                        + text + "'");
            }
            if (bytes > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("--sizes: '" + text + "' is too large");
            }
            return (int) bytes;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sizes: expected a size such as 64, 1k or 128KiB, got '" + text + "'");
        }
    }
}
