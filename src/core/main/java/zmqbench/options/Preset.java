package zmqbench.options;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import zmqbench.options.Placement;
import zmqbench.scenario.Names;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;

/** Named starting points for a comparison; options given on the command line override them. */
public enum Preset {
    QUICK("the default: every backend, latency and throughput, PAIR, inproc/ipc/tcp, 64 B and 1 KiB",
            "about 5 minutes", builder -> { }),
    SEED("the article's two scenarios: PAIR over tcp, ping-pong latency with a 4-byte 'ping', and 1,000,000 "
            + "messages of 1024 bytes one way (also run at the other size)", "about 5 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(List.of(4, 1024)).throughputCount(1_000_000)
                    .throughputWarmup(50_000).latencyCount(20_000)),
    NATIVE("pure Java against native: c, jni, jzmq, jna, jeromq over tcp and ipc, 64 B and 1 KiB, peers pinned "
            + "to separate CPUs, 5 forks, 1,000,000 messages per throughput fork (the JIT is long done)",
            "about 8 minutes",
            builder -> builder.transports(List.of("tcp", "ipc")).placement(Placement.SEPARATE)
                    .forks(5).throughputCount(1_000_000).throughputWarmup(100_000)),
    SIZES("message size sweep, 8 B to 128 KiB in powers of two, PAIR over tcp", "about 15 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(powersOfTwo(8, 128 * 1024))
                    .throughputCount(50_000).throughputWarmup(5_000)),
    PATTERNS("every pattern: PAIR, REQ/REP, PUSH/PULL, DEALER/ROUTER, PUB/SUB over tcp at 64 B", "about 5 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(List.of(64)).patterns(List.of(Pattern.values()))),
    HWM("high-water mark sweep: SNDHWM/RCVHWM of 1, 10, 100, 1000, 10000 and unlimited against throughput, "
            + "latency and peak memory, PAIR over tcp at 64 B", "about 10 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(List.of(64)).hwms(List.of(1, 10, 100, 1000, 10_000, 0))),
    THOROUGH("the default cells plus open-loop latency (at a fixed " + Defaults.OPEN_LOOP_RATE + " msg/s, "
            + "coordinated omission corrected), with 10 forks and 4x the samples, peers on separate CPUs",
            "about 40 minutes",
            builder -> builder.forks(10).latencyCount(20_000).throughputCount(800_000)
                    .placement(Placement.SEPARATE)
                    .scenarios(List.of(ScenarioKind.LATENCY, ScenarioKind.THROUGHPUT, ScenarioKind.OPEN_LOOP))),
    JVMS("the JVM as a dimension: jeromq, jni and ffm on every JDK under /usr/lib/jvm (here 17 and 25) with G1, "
            + "ZGC, Parallel and Epsilon (no collector at all), c as the floor; PAIR over tcp, 64 B and 1 KiB",
            "about 15 minutes",
            builder -> builder.backends(List.of("c", "jeromq", "jni", "ffm")).transports(List.of("tcp"))
                    .jvms(InstalledJdks.under(InstalledJdks.DEBIAN_JVM_DIR))
                    .jvmArgs(List.of("-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseParallelGC",
                            // Epsilon never frees: a heap that holds every allocation of a fork
                            "-XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xmx2g")));

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
