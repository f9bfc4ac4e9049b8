package zmqbench.scenarios;

import java.util.List;
import zmqbench.results.Figure;

/** Closed-loop round trips, back to back. */
final class LatencyType implements ScenarioType {

    static final LatencyType INSTANCE = new LatencyType();

    @Override
    public int reportRank() {
        return 0;
    }

    @Override
    public List<Figure> figures() {
        return List.of(Figure.RTT_P50, Figure.RTT_P99, Figure.RTT_P999, Figure.CPU_NS_PER_MSG,
                Figure.ALLOC_BYTES_PER_MSG, Figure.PEAK_RSS_KB, Figure.TIME_TO_STEADY_MS, Figure.WINDOW_CV_PERCENT);
    }

    @Override
    public boolean sliceable() {
        return true;
    }
}
