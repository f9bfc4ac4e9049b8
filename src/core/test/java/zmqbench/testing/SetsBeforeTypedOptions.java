package zmqbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A result set as zmqbench saved it before its options were typed: the options a map with the
 * enums' constant names ({@code LATENCY}, {@code SEPARATE}) and the phases as {@code {"kind":
 * "TIME", "value": ms}}, from a version that had no precision, max forks or time budget yet. Its
 * cells' keys are strings, as they still are in JSON.
 */
public final class SetsBeforeTypedOptions {

    /** The options such a set saved. */
    public static final String OPTIONS = """
            {
                "backends": ["c", "jeromq"],
                "scenarios": ["LATENCY", "OPEN_LOOP"],
                "patterns": ["PAIR", "DEALER_ROUTER"],
                "transports": ["tcp"],
                "sizes": [64],
                "hwms": [-1],
                "latency_count": null,
                "latency_warmup": null,
                "throughput_count": null,
                "throughput_warmup": null,
                "warmup": {"kind": "AUTO", "value": 0},
                "measure": {"kind": "TIME", "value": 1000},
                "warmup_cap_ms": 5000,
                "window_ms": 100,
                "steady_windows": 5,
                "steady_tolerance_percent": 5.0,
                "rate": 10000,
                "forks": 3,
                "placement": "SEPARATE",
                "timeout_ms": 10000,
                "tcp_address": "127.0.0.1:*",
                "baseline": "c",
                "seed": 42,
                "interop": false,
                "jvm_options": ["-Xms256m", "-Xmx256m", "-Xmn150m"],
                "jvm_args": [],
                "out": null,
                "far": null
            }""";

    private static final String HEADER = """
            {
              "tool_version": "0.1.0",
              "created_at": "2026-11-27T10:15:00",
              "environment": {"cpu_count": "8"},
              "options": %s,
              "config_hash": "1a2b3c4d",
              "placement": "each peer pinned to its own CPU (0, 1)",
              "baseline": "c",
              "unfinished": [],
              "complete": true
            }
            """.formatted(OPTIONS);

    private static final String CELL = "{\"backend\":\"jeromq\",\"backend_version\":\"0.6.0\",\"libzmq_version\":null,"
            + "\"key\":{\"scenario\":\"open-loop\",\"pattern\":\"dealer-router\",\"transport\":\"tcp\",\"size\":64,"
            + "\"hwm\":-1},\"placement\":\"separate\",\"messages_sent\":30000,\"messages_received\":30000,"
            + "\"rtt_ns\":null,\"rtt_curve\":[],\"figures\":{\"rtt_p50_ns\":{\"median\":40000.0,\"lower\":39000.0,"
            + "\"upper\":41000.0,\"forks\":3}},\"forks\":[],\"status\":\"ok\",\"notes\":[]}";

    private SetsBeforeTypedOptions() {
    }

    /** Writes the set in {@code dir}: one open-loop dealer-router cell of jeromq. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("set.json"), HEADER);
        Files.writeString(dir.resolve("cells.jsonl"), CELL + "\n");
        return dir;
    }
}
