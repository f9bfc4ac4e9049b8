package zmqbench.options;

import java.util.List;
import zmqbench.options.Placement;
import zmqbench.scenario.ScenarioKind;

/**
 * The default comparison: every backend, PAIR, latency and throughput at 64 B over inproc and tcp,
 * each peer pinned, rounds repeated until every headline figure is known to ±5%, sized to end
 * within 3 minutes on a 2-CPU machine. Wider sweeps are presets.
 */
public final class Defaults {

    /** Every backend zmqbench knows, fastest expected first; {@code c} is the floor the others are held against. */
    public static final List<String> BACKENDS = List.of("c", "jni", "jzmq", "jna", "jeromq");
    public static final List<Integer> SIZES = List.of(64);
    /** tcp: the common deployment; inproc: the library alone, no kernel in the path. */
    public static final List<String> TRANSPORTS = List.of("inproc", "tcp");
    /** Scenarios run by default; open-loop is asked for by name, or by the thorough preset. */
    public static final List<ScenarioKind> SCENARIOS = List.of(ScenarioKind.LATENCY, ScenarioKind.THROUGHPUT);
    /**
     * Open-loop send rate, msg/s: a moderate load that every backend sustains over loopback (on a
     * 2-CPU machine tcp round trips already queue at this rate: the corrected tail shows it).
     */
    public static final long OPEN_LOOP_RATE = 10_000;
    public static final long LATENCY_COUNT = 5_000;
    public static final long LATENCY_WARMUP = 2_000;
    public static final long THROUGHPUT_COUNT = 200_000;
    public static final long THROUGHPUT_WARMUP = 20_000;
    /** Rounds every cell runs at least: with fewer, Student's t (12.7 at 2) leaves no useful interval. */
    public static final int FORKS = 3;
    /** Target half-width of every headline figure's 95% interval, relative to its median. */
    public static final double PRECISION = 0.05;
    public static final int MAX_FORKS = 10;
    /** Wall time for the whole default comparison, seconds (the rest of 3 minutes: probing, reports). */
    public static final int TIME_BUDGET_SECONDS = 150;
    public static final Placement PLACEMENT = Placement.SEPARATE;
    public static final int TIMEOUT_MS = 10_000;
    public static final String TCP_ADDRESS = "127.0.0.1:*";
    public static final String BASELINE = "c";
    public static final long SEED = 42;
    /** A fixed heap so that heap resizing is not measured; the same for every Java backend. */
    public static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m");

    private Defaults() {
    }
}
