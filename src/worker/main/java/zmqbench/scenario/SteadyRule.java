package zmqbench.scenario;

import java.util.Arrays;

/**
 * The steady-state test of an automatic warm-up: the values of the last {@code windows} timeline
 * windows (msg/s, or RTT p50) each lie within {@code tolerancePct} percent of their median, and,
 * on a JVM, the JIT compiler threads ran for at most {@code jitQuietMs} of CPU over those windows.
 *
 * @param windowMs length of one timeline window
 * @param windows how many of the last windows must agree (K)
 * @param tolerancePct how far from their median each may lie, in percent
 * @param jitQuietMs JVM only: JIT compiler CPU time allowed over those windows (the C worker ignores it)
 */
public record SteadyRule(int windowMs, int windows, double tolerancePct, long jitQuietMs) {

    /** How a warm-up ended: the steady-state test passed. */
    public static final String STEADY = "steady";
    /** How a warm-up ended: the cap came first; the fork was measured anyway. */
    public static final String NOT_STEADY = "not steady";
    /** How a warm-up ended: it had a set count or duration and was not judged. */
    public static final String FIXED = "fixed";
    /**
     * How a warm-up ended: it had a set count or duration, and its last windows did not agree when
     * it ended (judged by the coordinator from the timeline): measured anyway, and flagged.
     */
    public static final String FIXED_NOT_STEADY = "fixed, not steady";

    /** The defaults of {@link PhaseDefaults}. */
    public static final SteadyRule DEFAULT = new SteadyRule(PhaseDefaults.WINDOW_MS, PhaseDefaults.STEADY_WINDOWS,
            PhaseDefaults.STEADY_TOLERANCE_PCT, PhaseDefaults.JIT_QUIET_MS);

    public SteadyRule {
        require(windowMs >= 1, "--window-ms must be at least 1, got " + windowMs);
        require(windows >= 2, "--steady-windows must be at least 2, got " + windows);
        require(tolerancePct > 0 && tolerancePct <= 100, "--steady-tolerance must be a percentage above 0 and at most "
                + "100, got " + decimal(tolerancePct));
        require(jitQuietMs >= 0, "--jit-quiet-ms must be 0 or more, got " + jitQuietMs);
    }

    /**
     * True when the last {@link #windows} of {@code values[0..count)} agree; {@code scratch} (at
     * least {@link #windows} long) is overwritten, so that the test allocates nothing.
     */
    public boolean agrees(double[] values, int count, double[] scratch) {
        if (count < windows) {
            return false;
        }
        System.arraycopy(values, count - windows, scratch, 0, windows);
        Arrays.sort(scratch, 0, windows);
        double median = windows % 2 == 1 ? scratch[windows / 2]
                : (scratch[windows / 2 - 1] + scratch[windows / 2]) / 2;
        double slack = Math.abs(median) * tolerancePct / 100;
        return median > 0 && scratch[0] >= median - slack && scratch[windows - 1] <= median + slack;
    }

    /**
     * JVM: true when the JIT's activity (ProcessMeter.jitActivityMillis), read at the ends of the
     * windows ({@code jitMs[i]} at the end of window i, {@code jitAtStartMs} before the first), grew by at most
     * {@link #jitQuietMs} over the last {@link #windows} of {@code count} windows.
     */
    public boolean jitQuiet(long[] jitMs, int count, long jitAtStartMs) {
        if (count < windows) {
            return false;
        }
        long before = count == windows ? jitAtStartMs : jitMs[count - windows - 1];
        return jitMs[count - 1] - before <= jitQuietMs;
    }

    /** A percentage as the worker arguments write it: 5, 2.5 (no trailing zeros, no exponent). */
    public static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
