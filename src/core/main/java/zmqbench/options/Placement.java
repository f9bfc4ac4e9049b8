package zmqbench.options;

import java.util.List;
import zmqbench.scenario.Names;
import zmqbench.scenario.Role;

/**
 * Where the peers run. On a small virtual machine a wake-up that crosses CPUs costs tens of
 * microseconds, so a latency figure means little without its placement; every result records it.
 */
public enum Placement {
    /** Left to the scheduler. */
    NONE("peers placed by the scheduler"),
    /** Each peer pinned to its own CPU (0 and 1). */
    SEPARATE("each peer pinned to its own CPU (0, 1)"),
    /** Both peers pinned to CPU 0. */
    SAME("both peers pinned to CPU 0");

    private final String description;

    Placement(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String cliName() {
        return Names.cliName(this);
    }

    public static Placement parse(String name) {
        return Names.parse(Placement.class, "placement", name);
    }

    /** Null when this machine can honour the placement, else why not. */
    public String unsupported(int cpus) {
        return this == SEPARATE && cpus < 2 ? "--cpus separate needs 2 CPUs, this machine has " + cpus : null;
    }

    /** The taskset prefix for a worker in {@code role}; empty when unpinned. */
    public List<String> prefix(Role role) {
        return switch (this) {
            case NONE -> List.of();
            case SAME -> List.of("taskset", "-c", "0");
            case SEPARATE -> List.of("taskset", "-c", switch (role) {
                case BIND -> "1";
                case CONNECT -> "0";
                case BOTH -> "0,1";
            });
        };
    }
}
