package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.results.Estimate;
import zmqbench.sweep.BackendSweep;
import zmqbench.sweep.RateSweep;
import zmqbench.sweep.SweepStep;

/**
 * A rate sweep's chart, one self-contained SVG: corrected p99 against offered load, one line per
 * backend with each step's 95% interval, both axes logarithmic, and the limit as a grey line.
 */
final class RateSweepChart {

    private static final String LIMIT_COLOUR = "#999999";

    private RateSweepChart() {
    }

    static String render(RateSweep sweep) {
        BackendPalette palette = new BackendPalette(sweep.backends().stream().map(BackendSweep::backend).toList());
        double lowest = sweep.p99LimitNs() / 1000.0;
        double highest = lowest;
        List<LineChart.Series> series = new ArrayList<>();
        for (BackendSweep backend : sweep.backends()) {
            List<LineChart.Point> points = new ArrayList<>();
            for (SweepStep step : backend.steps()) {
                Estimate p99 = step.p99Ns();
                if (p99 == null) {
                    continue;
                }
                double lower = p99.forks() > 1 ? p99.lower() / 1000 : Double.NaN;
                double upper = p99.forks() > 1 ? p99.upper() / 1000 : Double.NaN;
                lowest = Math.min(lowest, Double.isNaN(lower) || lower <= 0 ? p99.median() / 1000 : lower);
                highest = Math.max(highest, Double.isNaN(upper) ? p99.median() / 1000 : upper);
                points.add(new LineChart.Point(step.rate(), p99.median() / 1000, lower, upper,
                        backend.backend() + " at " + RateSweepTables.rate(step.rate()) + " msg/s: p99 "
                                + RateSweepTables.micros(p99) + " µs, " + step.verdict().text()));
            }
            series.add(new LineChart.Series(backend.backend(), palette.colour(backend.backend()), points));
        }
        double first = sweep.rates().get(0);
        double last = sweep.rates().get(sweep.rates().size() - 1);
        String limit = "p99 limit, " + RateSweepTables.limit(sweep);
        series.add(new LineChart.Series(limit, LIMIT_COLOUR,
                List.of(LineChart.Point.of(first, sweep.p99LimitNs() / 1000.0, limit),
                        LineChart.Point.of(last, sweep.p99LimitNs() / 1000.0, limit))));
        ChartAxis x = ChartAxis.log10("offered load, msg/s", first, Math.max(last, first * 2), HtmlNumbers::compact);
        ChartAxis y = ChartAxis.log10("corrected p99 round trip, µs", lowest, highest, HtmlNumbers::compact);
        return LineChart.render("Corrected p99 against offered load, " + sweep.cell(), x, y, series, true);
    }
}
