package zmqbench.results;

/** The per-fork figures estimated across forks, with their record names and units. */
public enum Figure {
    RTT_P50("rtt_p50_ns", "ns", false),
    RTT_P99("rtt_p99_ns", "ns", false),
    MSGS_PER_SEC("msgs_per_sec", "msg/s", true),
    MB_PER_SEC("mb_per_sec", "MB/s", true),
    ENQUEUE_MSGS_PER_SEC("enqueue_msgs_per_sec", "msg/s", true),
    CPU_NS_PER_MSG("cpu_ns_per_msg", "ns", false),
    ALLOC_BYTES_PER_MSG("alloc_bytes_per_msg", "B", false),
    PEAK_RSS_KB("peak_rss_kb", "KiB", false),
    DROPPED_PERCENT("dropped_percent", "%", false);

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
}
