package zmqbench.scenario;

/**
 * The default timed phases and steady-state test, shared by the Java worker, the coordinator and
 * (by value) the C worker. Chosen by measurement on the 2-vCPU test machine: see the figures in
 * the comments and in the project's README.
 */
public final class PhaseDefaults {

    /** Timeline window: short enough for a few windows per second, long enough to hold thousands of messages. */
    public static final int WINDOW_MS = 100;
    /** The last this many windows must agree for the warm-up to count as steady. */
    public static final int STEADY_WINDOWS = 5;
    /** Each of those windows within this many percent of their median. */
    public static final double STEADY_TOLERANCE_PCT = 5;
    /** JVM: JIT compilation time may grow by at most this many ms over those windows. */
    public static final long JIT_QUIET_MS = 1;
    /** Longest automatic warm-up; a fork not steady by then is measured anyway and flagged. */
    public static final long WARMUP_CAP_MS = 10_000;
    /** Default measured interval of a timed measurement. */
    public static final long MEASURE_MS = 2_000;

    private PhaseDefaults() {
    }
}
