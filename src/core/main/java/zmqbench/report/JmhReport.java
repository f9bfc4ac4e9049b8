package zmqbench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import zmqbench.protocol.Json;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.SliceResult;
import zmqbench.scenario.ScenarioKind;
import zmqbench.stats.ForkFigures;
import zmqbench.stats.Headline;
import zmqbench.stats.SliceFigures;

/**
 * The result set as JMH's {@code -rf json} writes results, so that tools made for JMH
 * (jmh-visualizer, github-action-benchmark's {@code tool: jmh}) read it: an array with one entry
 * per backend and cell that has its headline figure. The headline is the primary metric: a
 * latency cell's RTT p50 in sample mode ({@code us/op}, the time of each round trip sampled), a
 * throughput cell's delivered messages in thrpt mode ({@code ops/s}); the cell's other figures are
 * secondary metrics named by their keys, in their stored units. Failed cells are left out, as JMH
 * writes only benchmarks that completed. Field meanings where they differ from JMH's:
 * {@link JmhMetric}, {@link JmhRunFields}, {@link JmhRoundTrips}.
 */
public final class JmhReport implements ReportFormat {

    private static final double NS_PER_US = 1000.0;

    @Override
    public void write(ResultSet results, PrintWriter out) {
        ResultGrid grid = ResultGrid.of(results);
        JsonArray entries = new JsonArray();
        for (ScenarioKind scenario : grid.scenarios()) {
            for (CellKey key : grid.keys(scenario)) {
                for (String backend : grid.backends()) {
                    CellResult cell = grid.cell(backend, key);
                    if (cell != null && cell.ok() && cell.figure(Headline.figure(key)) != null) {
                        entries.add(entry(results, cell));
                    }
                }
            }
        }
        Json.PRETTY.toJson(entries, out);
        out.println();
        out.flush();
    }

    private static JsonObject entry(ResultSet set, CellResult cell) {
        Figure headline = Headline.figure(cell.key());
        List<ForkResult> forks = cell.forks().stream().filter(ForkResult::ok).toList();
        // Round trips are sampled one by one, and shown in microseconds as JMH's time modes are.
        boolean roundTrips = headline == Figure.RTT_P50;
        JsonObject entry = new JsonObject();
        JmhRunFields.fill(entry, set, cell, roundTrips ? "sample" : "thrpt", forks.size());
        entry.add("primaryMetric", roundTrips
                ? JmhMetric.sampled(cell.figure(headline), "us/op", NS_PER_US, JmhRoundTrips.percentiles(cell),
                        JmhRoundTrips.histograms(cell))
                : JmhMetric.iterations(cell.figure(headline), unit(headline), perIteration(forks, headline, cell)));
        JsonObject secondary = new JsonObject();
        for (Figure figure : FigureLabels.figures(cell.key().scenario())) {
            Estimate estimate = cell.figure(figure);
            if (figure != headline && estimate != null) {
                secondary.add(figure.key(), JmhMetric.iterations(estimate, unit(figure),
                        perIteration(forks, figure, cell)));
            }
        }
        entry.add("secondaryMetrics", secondary);
        return entry;
    }

    /** Per fork, its slices' values (a sliced fork) or its one value. */
    private static List<double[]> perIteration(List<ForkResult> forks, Figure figure, CellResult cell) {
        if (!SliceFigures.sliced(forks, figure)) {
            return perFork(forks, figure, cell.key().size());
        }
        List<double[]> values = new ArrayList<>();
        for (ForkResult fork : forks) {
            values.add(fork.slices().stream().filter(s -> !s.disturbed())
                    .mapToDouble((SliceResult s) -> SliceFigures.value(s, figure, cell.key().size())).toArray());
        }
        return values;
    }

    private static List<double[]> perFork(List<ForkResult> forks, Figure figure, int size) {
        List<double[]> values = new ArrayList<>();
        for (ForkResult fork : forks) {
            OptionalDouble value = ForkFigures.value(fork, figure, size);
            values.add(value.isPresent() ? new double[] {value.getAsDouble()} : new double[0]);
        }
        return values;
    }

    /** JMH's unit names where JMH has one (per operation, per second), else the figure's own. */
    private static String unit(Figure figure) {
        return switch (figure.unit()) {
            case "ns" -> "ns/op";
            case "msg/s" -> "ops/s";
            case "B" -> "B/op";
            default -> figure.unit();
        };
    }
}
