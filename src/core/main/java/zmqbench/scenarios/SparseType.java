package zmqbench.scenarios;

import java.util.List;
import java.util.Set;
import zmqbench.options.CompareOptions;
import zmqbench.results.Figure;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Phase;

/**
 * Single round trips after a quiet gap, a cell per gap ({@code --gap}), so that the tables show
 * how each binding's round trip grows with the quiet before it.
 *
 * <p>Run time is bounded: a fork measures the quiet gaps of {@code --measure} (default 1 s) worth
 * of round trips, at least {@value #MIN_SAMPLES} and at most {@value #MAX_SAMPLES} of them (100 µs:
 * 1,000; 1 ms: 1,000; 10 ms: 100; 100 ms: 20, 2 s), after a back-to-back warm-up. A count given with
 * {@code --latency-count} or {@code --measure N} is taken as it is.
 */
final class SparseType implements ScenarioType {

    static final SparseType INSTANCE = new SparseType();

    /** Round trips a fork measures at least, whatever the gap. */
    static final long MIN_SAMPLES = 20;
    /** Round trips a fork measures at most. */
    static final long MAX_SAMPLES = 1_000;

    /** Latency after quiet: after open-loop, before throughput. */
    @Override
    public int reportRank() {
        return 2;
    }

    /**
     * No CPU or allocation per round trip: the echo cannot tell warm-up from measurement, and over
     * a few measured round trips its back-to-back warm-up would be most of what it counts.
     */
    @Override
    public List<Figure> figures() {
        return List.of(Figure.RTT_P50, Figure.RTT_P99, Figure.PEAK_RSS_KB, Figure.TIME_TO_STEADY_MS);
    }

    @Override
    public String title(Figure figure) {
        if (figure != Figure.RTT_P50 && figure != Figure.RTT_P99) {
            return null;
        }
        return "RTT " + (figure == Figure.RTT_P50 ? "p50" : "p99") + " after the quiet gap, µs (a row per gap; both "
                + "peers idle in between)";
    }

    @Override
    public boolean titledCaptions() {
        return true;
    }

    @Override
    public Set<String> cellOptions() {
        return Set.of("gapsns");
    }

    /** Each gap above 0, and shorter than the time a silent peer is given. */
    @Override
    public String refusal(CompareOptions options) {
        int timeoutMs = options.network().timeoutMs();
        for (long gap : options.load().gapsNs()) {
            if (gap < 1 || gap / 1_000_000 >= timeoutMs) {
                return "--gap must be above 0 and shorter than --timeout (" + timeoutMs + " ms), got "
                        + Gaps.format(gap);
            }
        }
        return null;
    }

    @Override
    public List<Pacing> cellPacings(CompareOptions options) {
        return options.load().gapsNs().stream().map(Pacing::gap).toList();
    }

    @Override
    public Pacing pacing(CompareOptions options, Pacing cell) {
        return cell;
    }

    /** A duration is the gaps' budget: that much quiet, within the sample bounds. */
    @Override
    public Phase measure(Phase resolved, Pacing pacing) {
        if (resolved.kind() != Phase.Kind.MILLIS) {
            return resolved;
        }
        long fits = resolved.amount() * 1_000_000 / pacing.gapNs();
        return Phase.count(Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, fits)));
    }
}
