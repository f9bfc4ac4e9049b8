package zmqbench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.List;
import zmqbench.results.Estimate;

/**
 * One metric of a JMH result entry ({@code primaryMetric} or a {@code secondaryMetrics} value),
 * field for field as JMH's {@code -rf json} writes it: {@code score}, {@code scoreError},
 * {@code scoreConfidence}, {@code scorePercentiles} (0, 50, 90, 95, 99, 99.9, 99.99, 99.999,
 * 99.9999, 100), {@code scoreUnit}, then {@code rawData} (per fork, per iteration) or, in sample
 * mode, {@code rawDataHistogram} (per fork, per iteration, [value, count] pairs). As JMH does, a
 * number that is not finite is written as the string {@code "NaN"}, {@code "+INF"} or {@code "-INF"}.
 *
 * <p>Unlike JMH's, the score is the median across forks and the confidence is its 95% interval
 * (JMH: the mean and 99.9%); {@code scoreError} is that interval's wider half.
 */
final class JmhMetric {

    /** The percentiles JMH lists in {@code scorePercentiles}, with its keys. */
    static final double[] PERCENTILES = {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0};

    private JmhMetric() {
    }

    /**
     * A metric whose raw data are values per fork and iteration, percentiles taken over all of
     * them, as JMH does for every mode but sample; values as stored, in {@code unit}.
     */
    static JsonObject iterations(Estimate estimate, String unit, List<double[]> perFork) {
        double[] all = perFork.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        double[] percentiles = new double[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            percentiles[i] = percentile(all, PERCENTILES[i]);
        }
        JsonObject metric = head(estimate, 1.0, percentiles, unit);
        JsonArray forks = new JsonArray();
        for (double[] fork : perFork) {
            JsonArray iterations = new JsonArray();
            Arrays.stream(fork).forEach(v -> iterations.add(number(v)));
            forks.add(iterations);
        }
        metric.add("rawData", forks);
        return metric;
    }

    /**
     * A sample-mode metric: percentiles of the individual operations' times, and per fork and
     * iteration a histogram of them.
     *
     * @param scale what the estimate's stored values are divided by for {@code unit} (1000: ns to us)
     * @param percentiles values at {@link #PERCENTILES}, already in {@code unit}
     * @param histograms per fork, per iteration, [value in {@code unit}, count] pairs
     */
    static JsonObject sampled(Estimate estimate, String unit, double scale, double[] percentiles,
                              List<List<List<double[]>>> histograms) {
        JsonObject metric = head(estimate, scale, percentiles, unit);
        JsonArray forks = new JsonArray();
        for (List<List<double[]>> fork : histograms) {
            JsonArray iterations = new JsonArray();
            for (List<double[]> iteration : fork) {
                JsonArray pairs = new JsonArray();
                for (double[] pair : iteration) {
                    JsonArray entry = new JsonArray();
                    entry.add(number(pair[0]));
                    entry.add(Math.round(pair[1]));
                    pairs.add(entry);
                }
                iterations.add(pairs);
            }
            forks.add(iterations);
        }
        metric.add("rawDataHistogram", forks);
        return metric;
    }

    private static JsonObject head(Estimate estimate, double scale, double[] percentiles, String unit) {
        double median = estimate.median() / scale;
        double lower = estimate.lower() / scale;
        double upper = estimate.upper() / scale;
        JsonObject metric = new JsonObject();
        metric.add("score", number(median));
        metric.add("scoreError", number(Math.max(upper - median, median - lower)));
        JsonArray confidence = new JsonArray();
        confidence.add(number(lower));
        confidence.add(number(upper));
        metric.add("scoreConfidence", confidence);
        JsonObject byPercentile = new JsonObject();
        for (int i = 0; i < PERCENTILES.length; i++) {
            byPercentile.add(Double.toString(PERCENTILES[i]), number(percentiles[i]));
        }
        metric.add("scorePercentiles", byPercentile);
        metric.addProperty("scoreUnit", unit);
        return metric;
    }

    /**
     * The {@code p}th percentile of sorted {@code values} as JMH computes it (Apache Commons Math's
     * default: position p(n+1)/100, interpolated); NaN when there are none.
     */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p / 100.0 * (sorted.length + 1);
        if (p <= 0.0 || position < 1.0) {
            return sorted[0];
        }
        if (position >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        int below = (int) Math.floor(position);
        double fraction = position - below;
        return sorted[below - 1] + fraction * (sorted[below] - sorted[below - 1]);
    }

    /** A JSON number, or JMH's string for a value JSON cannot hold. */
    static JsonElement number(double value) {
        if (Double.isNaN(value)) {
            return new JsonPrimitive("NaN");
        }
        if (Double.isInfinite(value)) {
            return new JsonPrimitive(value > 0 ? "+INF" : "-INF");
        }
        return new JsonPrimitive(value);
    }
}
