package zmqbench.scenario;

/**
 * The default timed phases and steady-state test, shared by the Java worker, the coordinator and
 * (by value) the C worker.
 * <ul>
 * <li>a 100 ms window holds 100k-330k messages of a stream and about 1,000-4,000 round trips, and
 *     128 clock checks a window cost nothing measurable;</li>
 * <li>steady is a level, not a spread ({@link SteadyRule}): on the 2-vCPU machine (2026-12-02,
 *     default run, tcp 64 B) single 100 ms windows of a settled stream scatter by 15-20% (C's
 *     too, with no JIT to wait for), so the earlier test, every one of the last 5 windows within
 *     5% of their median, waited for a calm half second of the machine: 7 of 12 throughput forks
 *     ran to the 5 s cap, 47 s of a 151 s run. On the same timelines the median of the last 5
 *     windows within 5% of the 5 before settles at 1.0-2.6 s (JeroMQ, whose rate climbs for
 *     seconds, last), and the JIT-quiet test still holds a JVM whose compiler is busy;</li>
 * <li>a 10 s cap settled almost no fork that 5 s did not: 5 s, and the fork is flagged;</li>
 * <li>1 s of measurement gives 10 windows for the spread and 10k-40k round trips for the
 *     percentiles.</li>
 * </ul>
 */
public final class PhaseDefaults {

    /** Timeline window. */
    public static final int WINDOW_MS = 100;
    /** The two medians the steady-state test compares take this many windows each. */
    public static final int STEADY_WINDOWS = 5;
    /** The last windows' median within this many percent of the median of those before. */
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
