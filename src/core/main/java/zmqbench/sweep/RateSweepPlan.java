package zmqbench.sweep;

/** What a rate sweep climbs and where each backend's ladder ends: its rates, and the bound on the corrected p99. */
public record RateSweepPlan(RateLadder ladder, long p99LimitNs) {
}
