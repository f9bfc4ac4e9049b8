package zmqbench.options;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import zmqbench.scenario.Names;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/** Named starting points for a comparison; options given on the command line override them. */
public enum Preset {
    QUICK("the default: every binding and c, latency and throughput, PAIR over tcp at 64 B, each peer "
            + "pinned, each fork warmed up to steady state, rounds repeated until every headline figure is known "
            + "to +-5% (at most 10, within 150 s)", "under 3 minutes", builder -> { }),
    TRANSPORTS("every transport and two sizes: PAIR over inproc, ipc and tcp, 64 B and 1 KiB, until +-5% "
            + "(at most 10 rounds, within 8 minutes)", "about 8 minutes",
            builder -> builder.transports(List.of(Transport.values())).sizes(List.of(64, 1024))
                    .timeBudgetSeconds(480)),
    /*
     * The article counted its messages (1,000,000 after 50,000 of warm-up); a fixed count ends a
     * JeroMQ warm-up long before steady state (tcp 4 B: 543k msg/s, 0.09x c, against 5.46M after an
     * auto warm-up), so the preset keeps the article's scenarios and measures them as the default does.
     */
    SEED("the article's two scenarios: PAIR over tcp, ping-pong latency with a 4-byte 'ping' and a one-way "
            + "stream of 1024-byte messages (each also run at the other size), warmed up to steady state",
            "about 4 minutes",
            builder -> builder.transports(List.of(Transport.TCP)).sizes(List.of(4, 1024)).timeBudgetSeconds(240)),
    NATIVE("pure Java against native: every backend over tcp and ipc, 64 B and 1 KiB, peers pinned to separate "
            + "CPUs, 3 warm pairs per backend measured in interleaved slices until every ratio is decided",
            "about 8 minutes",
            builder -> builder.transports(List.of(Transport.TCP, Transport.IPC)).sizes(List.of(64, 1024))
                    .forks(3).timeBudgetSeconds(480)),
    SIZES("message size sweep, 8 B to 128 KiB in powers of two, PAIR over tcp", "about 15 minutes",
            builder -> builder.transports(List.of(Transport.TCP)).sizes(powersOfTwo(8, 128 * 1024))
                    .timeBudgetSeconds(900)),
    PATTERNS("every pattern: PAIR, REQ/REP, PUSH/PULL, DEALER/ROUTER, PUB/SUB over tcp at 64 B", "about 5 minutes",
            builder -> builder.transports(List.of(Transport.TCP)).sizes(List.of(64)).patterns(List.of(Pattern.values()))
                    .timeBudgetSeconds(300)),
    HWM("high-water mark sweep: SNDHWM/RCVHWM of 1, 10, 100, 1000, 10000 and unlimited against throughput, "
            + "latency and peak memory, PAIR over tcp at 64 B", "about 10 minutes",
            builder -> builder.transports(List.of(Transport.TCP)).sizes(List.of(64)).hwms(List.of(1, 10, 100, 1000, 10_000, 0))
                    .timeBudgetSeconds(600)),
    THOROUGH("every transport, 64 B and 1 KiB, plus open-loop latency (at a fixed " + Defaults.OPEN_LOOP_RATE
            + " msg/s, coordinated omission corrected), 3 pairs per backend in slices to a 2% margin, open-loop"
            + " at least 10 rounds of forks each measured for 4 s", "about 40 minutes",
            builder -> builder.forks(3).maxForks(20).precision(0.02).margin(0.02).measure(Phase.millis(4_000))
                    .transports(List.of(Transport.values())).sizes(List.of(64, 1024)).timeBudgetSeconds(2400)
                    .scenarios(List.of(ScenarioKind.LATENCY, ScenarioKind.THROUGHPUT, ScenarioKind.OPEN_LOOP))),
    /*
     * Placement is one per run (--cpus), so the preset picks the cells and the run is made once per
     * placement; 'zmqbench placement' puts the three sets side by side (docs/method.md).
     */
    PLACEMENT("latency under one placement, for 'zmqbench placement': PAIR over inproc and tcp at 64 B, every "
            + "backend; run it with --cpus none, same and separate, then 'zmqbench placement SET...' ranks the "
            + "backends under each with the wake-ups and migrations per round trip that explain a flip",
            "about 3 minutes per placement",
            builder -> builder.scenarios(List.of(ScenarioKind.LATENCY)).transports(List.of(Transport.INPROC,
                    Transport.TCP)).sizes(List.of(64)).timeBudgetSeconds(180)),
    JVMS("the JVM as a dimension: jeromq, jni and ffm on every JDK under /usr/lib/jvm (here 17 and 25) with G1, "
            + "ZGC, Parallel and Epsilon (no collector at all), c as the floor; PAIR over tcp, 64 B and 1 KiB",
            "about 15 minutes",
            builder -> builder.backends(List.of("c", "jeromq", "jni", "ffm")).transports(List.of(Transport.TCP)).sizes(List.of(64, 1024))
                    .jvms(InstalledJdks.under(InstalledJdks.DEBIAN_JVM_DIR))
                    .jvmArgs(List.of("-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseParallelGC",
                            // Epsilon never frees: a heap that holds every allocation of a fork
                            "-XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xmx2g"))),
    /*
     * JeroMQ 0.5.4 is the release before 0.6.0, and our adapter drives both (0.4.3 has no
     * SocketType); JNA's API is the same from 5.13.0 to 5.19.1. Five columns, not four: a budget a
     * fourth longer.
     */
    RELEASES("library releases as a dimension: JeroMQ 0.5.4 and 0.6.0 and JNA 5.13.0 and 5.19.1 (resolved through "
            + "Maven, the first run fetches them), c as the floor; PAIR over tcp, 64 B and 1 KiB", "about 8 minutes",
            builder -> builder.backends(List.of("c", "jeromq", "jna")).transports(List.of(Transport.TCP))
                    .sizes(List.of(64, 1024)).timeBudgetSeconds(450)
                    .releases(List.of(new LibraryRelease("jeromq", "0.5.4", null), new LibraryRelease("jeromq", "0.6.0", null),
                            new LibraryRelease("jna", "5.13.0", null), new LibraryRelease("jna", "5.19.1", null))));

    private final String description;
    private final String duration;
    private final Consumer<CompareOptions.Builder> settings;

    Preset(String description, String duration, Consumer<CompareOptions.Builder> settings) {
        this.description = description;
        this.duration = duration;
        this.settings = settings;
    }

    public String description() {
        return description;
    }

    /** Rough wall time here (2 CPUs), with every backend available. */
    public String duration() {
        return duration;
    }

    public String cliName() {
        return Names.cliName(this);
    }

    public CompareOptions.Builder builder() {
        CompareOptions.Builder builder = new CompareOptions.Builder();
        settings.accept(builder);
        return builder;
    }

    public static Preset parse(String name) {
        return Names.parse(Preset.class, "preset", name);
    }

    private static List<Integer> powersOfTwo(int from, int to) {
        List<Integer> sizes = new ArrayList<>();
        for (int size = from; size <= to; size *= 2) {
            sizes.add(size);
        }
        return sizes;
    }
}
