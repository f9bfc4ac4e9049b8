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
            "about 12 minutes", builder -> { }),
    SEED("the article's two scenarios: PAIR over tcp, ping-pong latency with a 4-byte 'ping', and 1,000,000 "
            + "messages of 1024 bytes one way (also run at the other size)", "about 6 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(List.of(4, 1024)).throughputCount(1_000_000L)
                    .throughputWarmup(50_000L).latencyCount(20_000L)),
    NATIVE("pure Java against native: c, jni, jzmq, jna, jeromq over tcp and ipc, 64 B and 1 KiB, peers pinned "
            + "to separate CPUs, 5 forks, each warmed up to steady state and measured for 2 s",
            "about 20 minutes",
            builder -> builder.transports(List.of("tcp", "ipc")).placement(Placement.SEPARATE)
                    .forks(5).measure(PhaseOption.time(2_000))),
    SIZES("message size sweep, 8 B to 128 KiB in powers of two, PAIR over tcp", "about 40 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(powersOfTwo(8, 128 * 1024))),
    PATTERNS("every pattern: PAIR, REQ/REP, PUSH/PULL, DEALER/ROUTER, PUB/SUB over tcp at 64 B", "about 10 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(List.of(64)).patterns(List.of(Pattern.values()))),
    HWM("high-water mark sweep: SNDHWM/RCVHWM of 1, 10, 100, 1000, 10000 and unlimited against throughput, "
            + "latency and peak memory, PAIR over tcp at 64 B", "about 15 minutes",
            builder -> builder.transports(List.of("tcp")).sizes(List.of(64)).hwms(List.of(1, 10, 100, 1000, 10_000, 0))),
    THOROUGH("the default cells plus open-loop latency (at a fixed " + Defaults.OPEN_LOOP_RATE + " msg/s, "
            + "coordinated omission corrected), with 10 forks each measured for 4 s, peers on separate CPUs",
            "about 2 hours",
            builder -> builder.forks(10).measure(PhaseOption.time(4_000))
                    .placement(Placement.SEPARATE)
                    .scenarios(List.of(ScenarioKind.LATENCY, ScenarioKind.THROUGHPUT, ScenarioKind.OPEN_LOOP)));

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
