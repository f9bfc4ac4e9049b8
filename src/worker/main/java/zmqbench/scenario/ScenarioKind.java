package zmqbench.scenario;

/**
 * What is measured: round-trip latency, or one-way throughput timed at the receiver. OPEN_LOOP is
 * round-trip latency at a fixed send rate, timed from each message's intended send time (see
 * {@link OpenLoopPeer}). Each names its {@link Scenario}, where the rest of it is declared.
 */
public enum ScenarioKind {
    LATENCY(new LatencyScenario()),
    THROUGHPUT(new ThroughputScenario()),
    OPEN_LOOP(new OpenLoopScenario()),
    SPARSE(new SparseScenario());

    private final Scenario peers;

    ScenarioKind(Scenario peers) {
        this.peers = peers;
    }

    /** The scenario's worker side: its peers, refusals and checks. */
    public Scenario peers() {
        return peers;
    }

    public String cliName() {
        return Names.cliName(this);
    }

    /** True when the active peer pings and times round trips that the passive peer echoes. */
    public boolean roundTrips() {
        return peers.roundTrips();
    }

    /** The smallest --size this scenario can carry (open-loop: two timestamps in every message). */
    public int minimumSize() {
        return peers.minimumSize();
    }

    /** Null when {@code size} bytes can carry this scenario's payload, else why not. */
    public String sizeRefusal(int size) {
        if (size >= minimumSize()) {
            return null;
        }
        return cliName() + " needs --size of at least " + minimumSize() + " bytes (the intended and the actual "
                + "send time in every message), got " + size;
    }

    public static ScenarioKind parse(String name) {
        return Names.parse(ScenarioKind.class, "scenario", name);
    }
}
