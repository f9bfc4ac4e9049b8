package zmqbench.results;

/**
 * The per-fork figures estimated across forks, with their record names and units. In open-loop
 * cells RTT_P50 and RTT_P99 are corrected for coordinated omission (timed from each message's
 * intended send time); RTT_P50_UNCORRECTED and RTT_P99_UNCORRECTED are timed from the actual send.
 * The warm-up figures (time to steady state, JIT, warm-up messages, window CV) describe how a fork
 * got to its measurement and how steady it was there.
 */
public enum Figure {
    RTT_P50("rtt_p50_ns", "ns", false),
    RTT_P99("rtt_p99_ns", "ns", false),
    MSGS_PER_SEC("msgs_per_sec", "msg/s", true),
    MB_PER_SEC("mb_per_sec", "MB/s", true),
    ENQUEUE_MSGS_PER_SEC("enqueue_msgs_per_sec", "msg/s", true),
    CPU_NS_PER_MSG("cpu_ns_per_msg", "ns", false),
    ALLOC_BYTES_PER_MSG("alloc_bytes_per_msg", "B", false),
    PEAK_RSS_KB("peak_rss_kb", "KiB", false),
    DROPPED_PERCENT("dropped_percent", "%", false),
    /** Open-loop: RTT_P50 there is from the intended send time; this one from the actual send. */
    RTT_P50_UNCORRECTED("rtt_p50_uncorrected_ns", "ns", false),
    RTT_P99_UNCORRECTED("rtt_p99_uncorrected_ns", "ns", false),
    /** Open-loop: the send rate the pinger achieved, in % of its target (met at 99% and above). */
    ACHIEVED_RATE_PERCENT("achieved_rate_percent", "%", true),
    /** Auto warm-up: time from the first message until the fork was steady (the cap if it never was). */
    TIME_TO_STEADY_MS("time_to_steady_ms", "ms", false),
    /** JIT compilation time of all peers up to the end of the measurement (JVM backends). */
    JIT_MS("jit_ms", "ms", false),
    /** Messages (round trips in latency cells) spent warming up. */
    WARMUP_MESSAGES("warmup_messages", "messages", false),
    /** Within-fork spread: coefficient of variation of the measured windows' values. */
    WINDOW_CV_PERCENT("window_cv_percent", "%", false),
    /**
     * Where a collector's pauses show first: the slowest 0.1% of a fork's round trips (a default,
     * timed latency fork measures about 10,000 of them, so its 10 slowest). Last in the enum, for
     * the stored order; the CSV puts it beside the other percentiles.
     */
    RTT_P999("rtt_p999_ns", "ns", false);

    private final String key;
    private final String unit;
    private final boolean higherIsBetter;

    Figure(String key, String unit, boolean higherIsBetter) {
        this.key = key;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * False for the figures that describe how a fork got warm (time to steady state, JIT time,
     * warm-up messages, the spread of its windows): diff shows their changes, but a regression gate
     * judges what was measured, not how long the JIT took to get there.
     */
    public boolean gated() {
        return this != TIME_TO_STEADY_MS && this != JIT_MS && this != WARMUP_MESSAGES && this != WINDOW_CV_PERCENT;
    }
}
