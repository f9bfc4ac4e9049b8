package zmqbench.scenario;

/**
 * The default timed phases and steady-state test, shared by the Java worker, the coordinator and
 * (by value) the C worker. Chosen from short runs of jeromq and jni over tcp, 64 B, latency and
 * throughput, on the 2-vCPU machine while other builds loaded it (load average 25-35), so every
 * figure below is disturbed:
 * <ul>
 * <li>a 100 ms window holds 100k-330k messages of a stream and about 4,000 jni (1,000-3,000
 *     jeromq) round trips: a window's p50 moves by 0.4-4% between steady jni windows, and 128
 *     clock checks a window cost nothing measurable;</li>
 * <li>with 5 windows within 5% and JIT compilation time grown by at most 1 ms over them (the
 *     test then, which sees a compilation only when it ends), jni latency was steady
 *     after 2.3-3.5 s, jni throughput after 4.7 s, jeromq latency after 1.8-3.0 s; jeromq
 *     throughput swung between 0.1 and 3.3 M msg/s under this load and never settled, even in 10
 *     s. A 10% tolerance settled sooner (jni 0.9-2.1 s) but cannot back figures meant to be within
 *     5% of a warmed loop;</li>
 * <li>a 10 s cap settled almost no fork that 5 s did not (jeromq throughput 0 of 4, jni
 *     throughput 1 of 2) at twice the cost per fork: 5 s, and the fork is flagged;</li>
 * <li>1 s of measurement gives 10 windows for the spread and 10k-40k round trips for the
 *     percentiles.</li>
 * </ul>
 */
public final class PhaseDefaults {

    /** Timeline window. */
    public static final int WINDOW_MS = 100;
    /** The last this many windows must agree for the warm-up to count as steady. */
    public static final int STEADY_WINDOWS = 5;
    /** Each of those windows within this many percent of their median. */
    public static final double STEADY_TOLERANCE_PCT = 5;
    /**
     * JVM: the JIT compiler threads may run for at most this many ms of CPU over those windows
     * (2% of one CPU over five 100 ms windows). Measured on jeromq tcp latency, pinned: while C2
     * still compiles the loop's methods its thread runs 30-60 ms per 500 ms; after that, C1 still
     * compiles a stray small method now and then, 1-5 ms per 500 ms, for as long as the run
     * lasts, so at 1 ms every such fork ran to the cap.
     */
    public static final long JIT_QUIET_MS = 10;
    /** Longest automatic warm-up; a fork not steady by then is measured anyway and flagged. */
    public static final long WARMUP_CAP_MS = 5_000;
    /** Default measured interval of a timed measurement. */
    public static final long MEASURE_MS = 1_000;

    private PhaseDefaults() {
    }
}
