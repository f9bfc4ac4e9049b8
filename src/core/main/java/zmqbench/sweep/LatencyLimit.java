package zmqbench.sweep;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rate sweep's bound on the corrected p99 round trip ({@code --p99-limit}), in ns. */
public final class LatencyLimit {

    /** A round trip at 1 ms: far past a loopback knee (tens of µs), well short of a stall. */
    public static final long DEFAULT_NS = 1_000_000;
    private static final long MAX_NS = 60_000_000_000L;
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s)");

    private LatencyLimit() {
    }

    /** {@code 500us}, {@code 1ms}, {@code 2.5ms}, {@code 1s}: a duration with its unit, above 0 and at most 60 s. */
    public static long parseNanos(String option, String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(option + ": expected a duration with its unit such as 500us, 1ms or "
                    + "2.5ms, got '" + text + "'");
        }
        double perUnit = switch (m.group(2)) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            default -> 1e9;
        };
        double ns = Double.parseDouble(m.group(1)) * perUnit;
        if (ns < 1 || ns > MAX_NS) {
            throw new IllegalArgumentException(option + " must be above 0 and at most 60s, got '" + text + "'");
        }
        return Math.round(ns);
    }
}
