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
    RTT_P999("rtt_p999_ns", "ns", false),
    /*
     * The per-thread accounting (ThreadCosts), per message (per round trip in latency cells), all
     * peers together; after RTT_P999 so that the CSV's earlier columns keep their places.
     */
    /** CPU time of the application threads (the scenario's loop and the binding's calls in it). */
    APP_CPU_NS_PER_MSG("app_cpu_ns_per_msg", "ns", false),
    /** CPU time of ZeroMQ's I/O and reaper threads (libzmq's or JeroMQ's). */
    IO_CPU_NS_PER_MSG("io_cpu_ns_per_msg", "ns", false),
    /** CPU time of the JVM's own threads: JIT compiler, GC and the rest (VM thread, ...). */
    JVM_CPU_NS_PER_MSG("jvm_cpu_ns_per_msg", "ns", false),
    /** System (kernel) CPU time of all threads, in 10 ms ticks per thread: coarse over short spans. */
    SYSTEM_CPU_NS_PER_MSG("system_cpu_ns_per_msg", "ns", false),
    /** Voluntary context switches of all threads: each is a thread that blocked and was woken again. */
    WAKEUPS_PER_MSG("wakeups_per_msg", "switches", false),
    /** Involuntary context switches of all threads: the scheduler took a CPU away. */
    PREEMPTIONS_PER_MSG("preemptions_per_msg", "switches", false),
    /** Moves of a thread from one CPU to another. */
    MIGRATIONS_PER_MSG("migrations_per_msg", "migrations", false),
    /** Time the threads were runnable but waited for a CPU (schedstat). */
    RUN_WAIT_NS_PER_MSG("run_wait_ns_per_msg", "ns", false);

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
     * warm-up messages, the spread of its windows), the per-thread accounting, the heap allocated
     * per message and the peak resident set: diff shows their changes, but a regression gate judges
     * what was measured, not how long the JIT took to get there. Allocation is left out because a
     * few KB of one-time costs per fork are spread over its messages, so a figure of 1-2 B per round
     * trip moves by half with the rounds a run took; the peak resident set because it is a
     * high-water mark over the fork's life, which for a JVM that allocates grows with the run until
     * its heap's young generation has been touched once (docs/known-limits.md).
     */
    public boolean gated() {
        return this != TIME_TO_STEADY_MS && this != JIT_MS && this != WARMUP_MESSAGES && this != WINDOW_CV_PERCENT
                && this != ALLOC_BYTES_PER_MSG && this != PEAK_RSS_KB && !accounting();
    }

    /**
     * True for the per-thread accounting's figures: they explain the measured ones (where the CPU
     * went, how often threads were woken, moved or kept waiting), so a gate does not judge them.
     */
    public boolean accounting() {
        return compareTo(APP_CPU_NS_PER_MSG) >= 0;
    }
}
