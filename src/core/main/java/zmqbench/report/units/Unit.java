package zmqbench.report.units;

import zmqbench.results.Figure;

/**
 * The unit a figure is shown in to people, and what its stored value (ns, KiB, ...) is divided by
 * to get there. CSV and JSON keep the stored unit ({@link Figure#unit()}).
 */
public enum Unit {
    /** Stored in ns, shown in µs: latencies, and CPU time per round trip or message. */
    MICROSECONDS("\u00b5s", 1000.0),
    NANOSECONDS("ns", 1.0),
    MILLISECONDS("ms", 1.0),
    MSGS_PER_SEC("msg/s", 1.0),
    /** 10^6 bytes per second. */
    MB_PER_SEC("MB/s", 1.0),
    BYTES("B", 1.0),
    /** Stored in KiB, shown in MiB (2^20 bytes). */
    MEBIBYTES("MiB", 1024.0),
    PERCENT("%", 1.0),
    /** A plain count (messages, round trips). */
    COUNT("", 1.0);

    private final String label;
    private final double divisor;

    Unit(String label, double divisor) {
        this.label = label;
        this.divisor = divisor;
    }

    /** The unit's symbol as people read it ("µs", "MiB"); "" for a count. */
    public String label() {
        return label;
    }

    /** What the stored value is divided by to be in this unit. */
    public double divisor() {
        return divisor;
    }

    /** The unit {@code figure} is shown in. */
    public static Unit of(Figure figure) {
        return switch (figure) {
            case RTT_P50, RTT_P99, RTT_P999, RTT_P50_UNCORRECTED, RTT_P99_UNCORRECTED, CPU_NS_PER_MSG,
                 APP_CPU_NS_PER_MSG, IO_CPU_NS_PER_MSG, JVM_CPU_NS_PER_MSG, SYSTEM_CPU_NS_PER_MSG,
                 RUN_WAIT_NS_PER_MSG -> MICROSECONDS;
            case MSGS_PER_SEC, ENQUEUE_MSGS_PER_SEC -> MSGS_PER_SEC;
            case MB_PER_SEC -> MB_PER_SEC;
            case ALLOC_BYTES_PER_MSG -> BYTES;
            case PEAK_RSS_KB -> MEBIBYTES;
            case DROPPED_PERCENT, ACHIEVED_RATE_PERCENT, WINDOW_CV_PERCENT -> PERCENT;
            case TIME_TO_STEADY_MS, JIT_MS -> MILLISECONDS;
            case WARMUP_MESSAGES, WAKEUPS_PER_MSG, PREEMPTIONS_PER_MSG, MIGRATIONS_PER_MSG -> COUNT;
        };
    }

    /**
     * False where a ratio between backends means nothing: shares of a whole (dropped %, the rate
     * achieved, the spread of a fork's windows) compare as points, not as factors.
     */
    public static boolean hasRatio(Figure figure) {
        return figure != Figure.WINDOW_CV_PERCENT && figure != Figure.DROPPED_PERCENT
                && figure != Figure.ACHIEVED_RATE_PERCENT;
    }
}
