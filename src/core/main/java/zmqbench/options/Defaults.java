package zmqbench.options;

import java.util.List;
import zmqbench.options.Placement;
import zmqbench.scenario.ScenarioKind;

/**
 * The default comparison: every backend, PAIR, all transports, 64 B and 1 KiB, sized to finish in
 * a few minutes on a 2-CPU machine while giving each cell enough samples and forks for an interval.
 */
public final class Defaults {

    /**
     * Every backend zmqbench knows, fastest expected first; {@code c} is the floor the others are held
     * against. {@code ffm} and {@code ffm-critical} are built only where a JDK 22+ is installed.
     */
    public static final List<String> BACKENDS = List.of("c", "jni", "jzmq", "ffm", "ffm-critical", "jna", "jeromq");
    public static final List<Integer> SIZES = List.of(64, 1024);
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
    public static final int FORKS = 3;
    public static final Placement PLACEMENT = Placement.NONE;
    public static final int TIMEOUT_MS = 10_000;
    public static final String TCP_ADDRESS = "127.0.0.1:*";
    public static final String BASELINE = "c";
    public static final long SEED = 42;
    /** A fixed heap so that heap resizing is not measured; the same for every Java backend. */
    public static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m");

    private Defaults() {
    }
}
