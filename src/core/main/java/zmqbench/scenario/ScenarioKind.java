package zmqbench.scenario;

/** What is measured: round-trip latency, or one-way throughput timed at the receiver. */
public enum ScenarioKind {
    LATENCY, THROUGHPUT;

    public String cliName() {
        return Names.cliName(this);
    }

    public static ScenarioKind parse(String name) {
        return Names.parse(ScenarioKind.class, "scenario", name);
    }
}
