package zmqbench.options;

import java.util.List;
import zmqbench.scenario.Phase;
import zmqbench.scenario.PhaseDefaults;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * The default comparison: every binding and c, PAIR, latency and throughput at 64 B over tcp,
 * each peer pinned, rounds repeated until every headline figure is known to ±5%, sized to end
 * within 3 minutes on a 2-CPU machine. Wider sweeps are presets.
 */
public final class Defaults {

    /**
     * Every backend zmqbench knows, fastest expected first; {@code c} is the floor the others are held
     * against. {@code ffm} and {@code ffm-critical} are built only where a JDK 22+ is installed.
     */
    public static final List<String> KNOWN_BACKENDS =
            List.of("c", "jni", "jzmq", "ffm", "ffm-critical", "jna", "jeromq");
    /**
     * The default comparison's backends: every binding once. {@code ffm-critical} is a mode of
     * {@code ffm} (ask for it by name); leaving it out keeps the default within its time.
     */
    public static final List<String> BACKENDS = List.of("c", "jni", "jzmq", "ffm", "jna", "jeromq");
    public static final List<Integer> SIZES = List.of(64);
    /**
     * tcp (loopback), the common deployment; the other transports are in the transports preset. One
     * transport keeps the default's minimum of rounds (--forks x backends x 2 scenarios) within its time.
     */
    public static final List<Transport> TRANSPORTS = List.of(Transport.TCP);
    /**
     * Scenarios run by default, in the order their cells run; open-loop is asked for by name, or by
     * the thorough preset. Throughput first: its cell often ends before its share of the budget (its
     * ratios decided, or held open by their pairs), and the time left goes to the latency cell,
     * whose ratios more rounds narrow (alternating runs, 2026-12-02: 4, 5 and 6 of 10 ratios decided
     * against 2, 1 and 2 with latency first).
     */
    public static final List<ScenarioKind> SCENARIOS = List.of(ScenarioKind.THROUGHPUT, ScenarioKind.LATENCY);
    /**
     * Open-loop send rate, msg/s: a moderate load that every backend sustains over loopback (on a
     * 2-CPU machine tcp round trips already queue at this rate: the corrected tail shows it).
     */
    public static final long OPEN_LOOP_RATE = 10_000;
    /**
     * Warm-up: until steady state (the median of the last {@link #STEADY_WINDOWS} windows of
     * {@link #WINDOW_MS} within {@link #STEADY_TOLERANCE_PERCENT} of the median of the ones before,
     * and in a JVM the JIT quiet), at
     * most {@link #WARMUP_CAP_MS}; then a timed measurement of {@link #MEASURE}: the worker's
     * {@link PhaseDefaults}, where the measurements that chose them are.
     */
    public static final Phase WARMUP = Phase.auto(PhaseDefaults.WARMUP_CAP_MS);
    public static final Phase MEASURE = Phase.millis(PhaseDefaults.MEASURE_MS);
    public static final long WARMUP_CAP_MS = PhaseDefaults.WARMUP_CAP_MS;
    public static final long WINDOW_MS = PhaseDefaults.WINDOW_MS;
    public static final int STEADY_WINDOWS = PhaseDefaults.STEADY_WINDOWS;
    public static final double STEADY_TOLERANCE_PERCENT = PhaseDefaults.STEADY_TOLERANCE_PCT;
    /** JVM steady state: the JIT compiler threads ran at most this CPU time over the last windows (worker argument). */
    public static final long JIT_QUIET_MS = PhaseDefaults.JIT_QUIET_MS;
    /** Rounds every cell runs at least: with fewer, Student's t (12.7 at 2) leaves no useful interval. */
    public static final int FORKS = 3;
    /**
     * Sliced cells: worker pairs per row, each fresh processes, so that what differs between
     * processes is sampled too; the slices' rounds do the repeating.
     */
    public static final int SLICE_FORKS = 2;
    /**
     * Sliced cells: a slice's length, ms. Adjacent slices of one pinger between two echoes differed
     * by 5.2% (sd of the log ratio) here, slices 2 s apart by 7.9% and 10 s apart by 11.1% (issue 19).
     */
    public static final long SLICE_MS = 200;
    /**
     * Throughput cells' slices unless {@code --slice} is given, ms. A stream's rate settles into one
     * of a few levels per slice (c at 64 B: 4.2M or 5.4M msg/s, slice to slice), so a slice is one
     * draw however long: 50 ms slices spread as much as 200 ms ones and give about three times the
     * rounds. Four 60 s throughput comparisons each way, alternating (2026-12-02 19:08-19:17):
     * ratios' median half-widths 6.0, 5.6, 4.0 and 9.7% in 50 ms slices (19-24 rounds), 12.9, 9.0,
     * 7.8 and 14.7% in 200 ms ones (5-8 rounds). Latency slices gained nothing from being shorter
     * and keep their round trips.
     */
    public static final long THROUGHPUT_SLICE_MS = 50;
    /** The verdicts' margin: the resolution make calibrate shows (tool against plain programs). */
    public static final double MARGIN = 0.05;
    /** Target half-width of every headline figure's 95% interval, relative to its median. */
    public static final double PRECISION = 0.05;
    /**
     * Rounds of forks: the most rounds. Sliced cells add no pairs unless --max-forks asks: in a
     * 3-minute run on 2 CPUs a pair's warm-up cost more rounds than its interval gained
     * (docs/measurements.md, 2026-12-02 17:29).
     */
    public static final int MAX_FORKS = 10;
    /** Wall time for the whole default comparison, seconds (the rest of 3 minutes: probing, reports). */
    public static final int TIME_BUDGET_SECONDS = 150;
    public static final Placement PLACEMENT = Placement.SEPARATE;
    public static final int TIMEOUT_MS = 10_000;
    public static final String TCP_ADDRESS = "127.0.0.1:*";
    public static final String BASELINE = "c";
    public static final long SEED = 42;
    /**
     * A fixed heap and young generation, so that neither resizing is measured; the same for every
     * Java backend. G1 starts its young generation at 5% of the heap and grows it after the first
     * collections to the 60% it then keeps: measured on jeromq tcp 64 B latency (11 forks warmed
     * for 12 s), RTT p50 averaged 41.5 us from 3 to 4.5 s, while young collections came every
     * second, and 38-40 us from 5 s on; with the young generation fixed at that size from the
     * start (8 forks), 39 us from 2.5 s on. A steady-state test cannot see that 7% under
     * windows that wander by 10%.
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m", "-Xmn150m");

    private Defaults() {
    }
}
