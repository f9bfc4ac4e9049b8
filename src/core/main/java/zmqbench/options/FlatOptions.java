package zmqbench.options;

import java.util.List;
import java.util.Set;
import zmqbench.protocol.FlatGroups;

/**
 * {@link CompareOptions} as result sets have always kept them: one flat object of every option by
 * its snake_case name, in the order below (the config hash is taken over it), not an object per group.
 */
final class FlatOptions extends FlatGroups {

    /** The saved order, from before the options were grouped. */
    static final List<String> ORDER = List.of("backends", "scenarios", "patterns", "transports", "sizes", "hwms",
            "latency_count", "latency_warmup", "throughput_count", "throughput_warmup", "warmup", "measure",
            "warmup_cap_ms", "window_ms", "steady_windows", "steady_tolerance_percent", "rate", "gaps_ns", "forks",
            "placement", "timeout_ms", "tcp_address", "baseline", "seed", "interop", "jvm_options", "jvms",
            "jvm_args", "out", "far", "precision", "max_forks", "time_budget_seconds", "slice_ms", "margin",
            "releases", "throughput_slice_ms");

    FlatOptions() {
        super(Set.of("matrix", "load", "counts", "phases", "rounds", "launch", "network", "output"), ORDER);
    }
}
