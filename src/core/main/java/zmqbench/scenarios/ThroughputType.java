package zmqbench.scenarios;

import java.util.List;
import zmqbench.results.Figure;

/** A one-way stream timed at the receiver. */
final class ThroughputType implements ScenarioType {

    static final ThroughputType INSTANCE = new ThroughputType();

    /** After the latency scenarios. */
    @Override
    public int reportRank() {
        return 10;
    }

    @Override
    public List<Figure> figures() {
        return List.of(Figure.MSGS_PER_SEC, Figure.MB_PER_SEC, Figure.DROPPED_PERCENT,
                Figure.ENQUEUE_MSGS_PER_SEC, Figure.CPU_NS_PER_MSG, Figure.ALLOC_BYTES_PER_MSG, Figure.PEAK_RSS_KB,
                Figure.TIME_TO_STEADY_MS, Figure.WINDOW_CV_PERCENT);
    }

    @Override
    public Figure headline() {
        return Figure.MSGS_PER_SEC;
    }

    @Override
    public boolean sliceable() {
        return true;
    }
}
