package zmqbench.stats;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;
import zmqbench.results.LatencySummary;
import zmqbench.results.PercentilePoint;

/** Percentiles and percentile curves of a latency histogram recorded in nanoseconds. */
public final class LatencyStats {

    /**
     * Fewer samples than this cannot support a p99.99: it would be the maximum of the few worst
     * samples, not a percentile (10 000 samples leave one above it).
     */
    public static final long MIN_COUNT_FOR_P9999 = 10_000;

    /**
     * Ticks per half distance to 100%, as HdrHistogram's {@code outputPercentileDistribution}
     * uses by default: 0, 10, ..., 50, 55, ..., 75, 77.5, ... so the tail gets as many points as
     * the body on a 1/(1-p) axis.
     */
    public static final int TICKS_PER_HALF_DISTANCE = 5;

    private LatencyStats() {
    }

    /**
     * Summarises a histogram. Percentiles, min and max are HdrHistogram's values: exact to the
     * histogram's precision (a percentile is the highest value equivalent to its bucket). An
     * empty histogram gives count 0 and every value 0 (p99.99 -1).
     */
    public static LatencySummary summarize(AbstractHistogram h) {
        long count = h.getTotalCount();
        if (count == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0, -1, 0, 0.0, 0.0);
        }
        long p9999 = count >= MIN_COUNT_FOR_P9999 ? h.getValueAtPercentile(99.99) : -1;
        return new LatencySummary(
                count,
                h.getMinValue(),
                h.getValueAtPercentile(50.0),
                h.getValueAtPercentile(90.0),
                h.getValueAtPercentile(99.0),
                h.getValueAtPercentile(99.9),
                p9999,
                h.getMaxValue(),
                h.getMean(),
                h.getStdDeviation());
    }

    /**
     * The percentile curve that {@code outputPercentileDistribution} prints, as points
     * (percentile in 0..100, value in ns), about 5 per halving of the distance to 100%.
     * Percentiles rise strictly and values never fall. The first point is the minimum at
     * percentile 0; the last is the maximum at percentile exactly 100, where 1/(1-p) is
     * infinite: a chart with a 1/(1-p) axis draws the others at {@code 100 / (100 - percentile)}
     * and the last one at the axis end (or at {@code count}, the 1/(1-p) of the last sample). An
     * empty histogram gives no points.
     */
    public static List<PercentilePoint> curve(AbstractHistogram h) {
        List<PercentilePoint> points = new ArrayList<>();
        if (h.getTotalCount() == 0) {
            return points;
        }
        for (HistogramIterationValue v : h.percentiles(TICKS_PER_HALF_DISTANCE)) {
            points.add(new PercentilePoint(v.getPercentileLevelIteratedTo(), v.getValueIteratedTo()));
        }
        return points;
    }
}
