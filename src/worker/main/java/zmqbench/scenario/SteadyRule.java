package zmqbench.scenario;

import java.util.Arrays;

/**
 * The steady-state test of an automatic warm-up: the median of the last {@code windows} timeline
 * windows (msg/s, or RTT p50) lies within {@code tolerancePct} percent of the median of the
 * {@code windows} before them, and, on a JVM, the JIT compiler threads ran for at most
 * {@code jitQuietMs} of CPU over the last {@code windows}.
 *
 * @param windowMs length of one timeline window
 * @param windows how many windows each of the two compared medians takes (K)
 * @param tolerancePct how far the last K's median may lie from the K before's, in percent
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
     * True when the rate has stopped moving: the median of the last {@link #windows} of
     * {@code values[0..count)} lies within the tolerance of the median of the {@link #windows}
     * before them. A level, not a spread: on a shared machine single windows scatter by 15-20%
     * around a settled rate (C's, with no JIT), so a test that asks every window to agree waits
     * for a calm stretch of the machine, not for the code to settle. {@code scratch} (at least
     * {@link #windows} long) is overwritten, so that the test allocates nothing.
     */
    public boolean agrees(double[] values, int count, double[] scratch) {
        if (count < 2 * windows) {
            return false;
        }
        double earlier = median(values, count - 2 * windows, scratch);
        double recent = median(values, count - windows, scratch);
        return earlier > 0 && recent > 0 && Math.abs(recent - earlier) <= earlier * tolerancePct / 100;
    }

    private double median(double[] values, int from, double[] scratch) {
        System.arraycopy(values, from, scratch, 0, windows);
        Arrays.sort(scratch, 0, windows);
        return windows % 2 == 1 ? scratch[windows / 2] : (scratch[windows / 2 - 1] + scratch[windows / 2]) / 2;
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
