package zmqbench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.LatencySummary;
import zmqbench.results.PercentilePoint;

/**
 * A latency cell's round trips as JMH's sample mode shows them, in microseconds: the percentiles
 * of all forks' round trips together, and per fork a histogram. A result set keeps no single round
 * trip, only each fork's percentiles, so each fork's histogram has one bucket per percentile it
 * recorded (min, p50, p90, p99, p99.9, p99.99 when recorded, max), each counting the round trips
 * at or below that value and above the one before (nearest rank), as one iteration.
 */
final class JmhRoundTrips {

    private static final double NS_PER_US = 1000.0;

    private JmhRoundTrips() {
    }

    /**
     * Values at {@link JmhMetric#PERCENTILES}, from the cell's summary and, between its points, its
     * curve; NaN when the cell kept no distribution.
     */
    static double[] percentiles(CellResult cell) {
        LatencySummary rtt = cell.latency().rttNs();
        double[] values = new double[JmhMetric.PERCENTILES.length];
        if (rtt == null) {
            Arrays.fill(values, Double.NaN);
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            double p = JmhMetric.PERCENTILES[i];
            long ns;
            if (p == 0.0) {
                ns = rtt.min();
            } else if (p == 50.0) {
                ns = rtt.p50();
            } else if (p == 90.0) {
                ns = rtt.p90();
            } else if (p == 99.0) {
                ns = rtt.p99();
            } else if (p == 99.9) {
                ns = rtt.p999();
            } else if (p == 99.99 && rtt.p9999() >= 0) {
                ns = rtt.p9999();
            } else if (p == 100.0) {
                ns = rtt.max();
            } else {
                ns = fromCurve(cell.latency().rttCurve(), p, rtt.max());
            }
            values[i] = ns / NS_PER_US;
        }
        return values;
    }

    /** Per ok fork, one iteration: [value in us, round trips] per recorded percentile. */
    static List<List<List<double[]>>> histograms(CellResult cell) {
        List<List<List<double[]>>> forks = new ArrayList<>();
        for (ForkResult fork : cell.forks()) {
            LatencySummary rtt = fork.latency().rttNs();
            if (fork.ok() && rtt != null && rtt.count() > 0) {
                forks.add(List.of(buckets(rtt)));
            }
        }
        return forks;
    }

    private static List<double[]> buckets(LatencySummary rtt) {
        double[][] points = {{0.0, rtt.min()}, {50.0, rtt.p50()}, {90.0, rtt.p90()}, {99.0, rtt.p99()},
            {99.9, rtt.p999()}, {99.99, rtt.p9999()}, {100.0, rtt.max()}};
        List<double[]> buckets = new ArrayList<>();
        long counted = 0;
        for (double[] point : points) {
            if (point[1] < 0) {
                continue; // p99.99 of a fork with too few round trips to have one
            }
            long upTo = point[0] == 0.0 ? 1 : (long) Math.ceil(point[0] / 100.0 * rtt.count());
            if (upTo > counted) {
                buckets.add(new double[] {point[1] / NS_PER_US, upTo - counted});
                counted = upTo;
            }
        }
        return buckets;
    }

    /** The first curve value at or past {@code percentile}; the maximum beyond the curve's last point. */
    private static long fromCurve(List<PercentilePoint> curve, double percentile, long max) {
        for (PercentilePoint point : curve) {
            if (point.percentile() >= percentile) {
                return point.valueNs();
            }
        }
        return max;
    }
}
