package zmqbench.scenarios;

import java.util.List;
import java.util.Set;
import zmqbench.options.CompareOptions;
import zmqbench.results.Figure;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Phase;

/** Round trips at a fixed send rate, corrected for coordinated omission. */
final class OpenLoopType implements ScenarioType {

    static final OpenLoopType INSTANCE = new OpenLoopType();

    /** Warm-up and measurement together may not exceed what a worker counts in an int. */
    private static final long MAX_MESSAGES = Integer.MAX_VALUE / 2;

    /** Latency under load: after latency. */
    @Override
    public int reportRank() {
        return 1;
    }

    /** Corrected and uncorrected next to each other; no CPU figure: the pinger spins by design. */
    @Override
    public List<Figure> figures() {
        return List.of(Figure.RTT_P50, Figure.RTT_P50_UNCORRECTED, Figure.RTT_P99,
                Figure.RTT_P99_UNCORRECTED, Figure.ACHIEVED_RATE_PERCENT, Figure.ALLOC_BYTES_PER_MSG,
                Figure.PEAK_RSS_KB, Figure.WINDOW_CV_PERCENT);
    }

    @Override
    public String title(Figure figure) {
        if (figure != Figure.RTT_P50 && figure != Figure.RTT_P99) {
            return null;
        }
        return "RTT " + (figure == Figure.RTT_P50 ? "p50" : "p99") + ", µs, coordinated-omission corrected "
                + "(from intended send time)";
    }

    @Override
    public boolean titledCaptions() {
        return true;
    }

    @Override
    public Set<String> cellOptions() {
        return Set.of("rate");
    }

    @Override
    public boolean correctedSamples() {
        return true;
    }

    @Override
    public Pacing pacing(CompareOptions options, Pacing cell) {
        return Pacing.rate(options.load().rate());
    }

    /** A duration becomes the count it sends at its rate (rate x duration). */
    @Override
    public Phase measure(Phase resolved, Pacing pacing) {
        if (resolved.kind() != Phase.Kind.MILLIS) {
            return resolved;
        }
        return Phase.count(Math.max(1, Math.min(MAX_MESSAGES, pacing.rate() * resolved.amount() / 1000)));
    }
}
