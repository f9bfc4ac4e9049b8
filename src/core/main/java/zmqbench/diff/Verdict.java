package zmqbench.diff;

/** What a change in one figure means, given which direction is better. */
public enum Verdict {
    IMPROVED("improved"),
    REGRESSED("regressed"),
    /** The 95% interval of the change includes 0. */
    NOT_SIGNIFICANT("~ same");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
