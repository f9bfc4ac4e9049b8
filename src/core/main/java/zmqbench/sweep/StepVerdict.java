package zmqbench.sweep;

/** What one backend's step of a rate sweep says: its latency held the limit, or why its ladder ends there. */
public enum StepVerdict {
    HOLDS("holds"),
    OVER_LIMIT("p99 over the limit"),
    RATE_NOT_MET("rate not met"),
    FAILED("failed");

    private final String text;

    StepVerdict(String text) {
        this.text = text;
    }

    /** As the reports print it. */
    public String text() {
        return text;
    }
}
