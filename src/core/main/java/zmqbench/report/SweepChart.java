package zmqbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import zmqbench.results.CellKey;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Sizes;
import zmqbench.stats.Headline;

/**
 * A sweep as curves: where a set measures the same scenario, pattern and transport at several
 * message sizes (or high-water marks, or quiet gaps), each headline figure against the swept value,
 * one line per backend inside the band of its 95% intervals; throughput adds MB/s, as libzmq's
 * {@code perf/generate_graphs.py} draws msg/s and Gb/s against size. The y axis turns logarithmic
 * when the values span more than {@link PercentileCurveChart#LOG_SCALE_SPREAD} times.
 */
final class SweepChart {

    /** What a sweep varies, read from a cell key; the rest of the key stays fixed along a curve. */
    enum Swept {
        SIZE("message size", CellKey::size),
        HWM("high-water mark", CellKey::hwm),
        GAP("quiet gap", key -> key.pacing().gapNs());

        final String label;
        final ToLongFunction<CellKey> value;

        Swept(String label, ToLongFunction<CellKey> value) {
            this.label = label;
            this.value = value;
        }

        /** The key with the swept value blanked: what the cells of one curve share. */
        CellKey fixed(CellKey key) {
            return switch (this) {
                case SIZE -> new CellKey(key.scenario(), key.pattern(), key.transport(), 0, key.hwm(), key.pacing());
                case HWM -> new CellKey(key.scenario(), key.pattern(), key.transport(), key.size(), 0, key.pacing());
                case GAP -> new CellKey(key.scenario(), key.pattern(), key.transport(), key.size(), key.hwm());
            };
        }

        /** A swept value as the axis writes it. */
        String text(double v) {
            return switch (this) {
                case SIZE -> Sizes.format((long) v);
                case HWM -> HtmlNumbers.compact(v);
                case GAP -> Gaps.format((long) v);
            };
        }

        /** The x axis from {@code min} to {@code max}: sizes in powers of two, the others in decades. */
        ChartAxis axis(double min, double max) {
            return this == SIZE ? ChartAxis.log2Bytes("message size (log2 scale)", min, max, LineChart.PLOT_WIDTH, 56)
                    : ChartAxis.log10(label + " (log scale)", min, max, this::text);
        }
    }

    private SweepChart() {
    }

    /** Every sweep's charts, in scenario order; empty when the set sweeps nothing. */
    static List<String> render(HtmlCellIndex index, BackendPalette palette) {
        List<String> charts = new ArrayList<>();
        for (ScenarioKind scenario : index.scenarios()) {
            for (Swept swept : Swept.values()) {
                for (List<CellKey> sweep : sweeps(index.keys(scenario), swept)) {
                    for (Figure figure : figures(sweep.get(0))) {
                        String svg = render(sweep, swept, figure, index, palette);
                        if (svg != null) {
                            charts.add(svg);
                        }
                    }
                }
            }
        }
        return charts;
    }

    /** The headline figure; throughput's MB/s beside its msg/s. */
    private static List<Figure> figures(CellKey key) {
        Figure headline = Headline.figure(key);
        return headline == Figure.MSGS_PER_SEC ? List.of(headline, Figure.MB_PER_SEC) : List.of(headline);
    }

    /** Groups of keys equal but for the swept value, with at least two values (a HWM sweep: set ones). */
    static List<List<CellKey>> sweeps(List<CellKey> keys, Swept swept) {
        Map<CellKey, List<CellKey>> groups = new LinkedHashMap<>();
        for (CellKey key : keys) {
            if (swept.value.applyAsLong(key) > 0) {
                groups.computeIfAbsent(swept.fixed(key), k -> new ArrayList<>()).add(key);
            }
        }
        List<List<CellKey>> out = new ArrayList<>();
        for (List<CellKey> group : groups.values()) {
            if (group.stream().mapToLong(swept.value).distinct().count() > 1) {
                out.add(group);
            }
        }
        return out;
    }

    private static String render(List<CellKey> sweep, Swept swept, Figure figure, HtmlCellIndex index,
                                 BackendPalette palette) {
        TreeSet<Long> values = new TreeSet<>();
        double max = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        Map<String, List<Estimate>> estimates = new LinkedHashMap<>();
        Map<String, List<Long>> xs = new LinkedHashMap<>();
        for (String backend : index.backends()) {
            for (CellKey key : sweep) {
                Estimate e = CellBarChart.estimate(index.cell(key, backend), figure);
                if (e == null) {
                    continue;
                }
                long x = swept.value.applyAsLong(key);
                values.add(x);
                estimates.computeIfAbsent(backend, b -> new ArrayList<>()).add(e);
                xs.computeIfAbsent(backend, b -> new ArrayList<>()).add(x);
                max = Math.max(max, Double.isFinite(e.upper()) ? Math.max(e.upper(), e.median()) : e.median());
                minPositive = e.median() > 0 ? Math.min(minPositive, e.median()) : minPositive;
            }
        }
        if (values.size() < 2) {
            return null;
        }
        FigureScale scale = FigureScale.of(figure);
        List<LineChart.Series> series = new ArrayList<>();
        estimates.forEach((backend, list) -> {
            List<LineChart.Point> points = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Estimate e = list.get(i);
                long x = xs.get(backend).get(i);
                points.add(new LineChart.Point(x, scale.scaled(e.median()), scale.scaled(e.lower()),
                        scale.scaled(e.upper()), backend + ", " + swept.text(x) + ": "
                        + HtmlNumbers.describe(e, scale::text)));
            }
            points.sort((a, b) -> Double.compare(a.x(), b.x()));
            series.add(new LineChart.Series(backend, palette.colour(backend), points));
        });
        // "RTT p50, µs" less its unit, which the axis title gives
        String name = FigureLabels.shortName(figure).replaceFirst(", [^,]*$", "");
        String yTitle = name.endsWith(scale.unit()) ? name : name + " (" + scale.unit() + ")";
        ChartAxis y = Double.isFinite(minPositive) && max > PercentileCurveChart.LOG_SCALE_SPREAD * minPositive
                ? ChartAxis.log10(yTitle + ", log scale", scale.scaled(minPositive), scale.scaled(max),
                        HtmlNumbers::compact)
                : ChartAxis.linearFromZero(yTitle, scale.scaled(max), HtmlNumbers::compact);
        ChartAxis x = swept.axis(values.first(), values.last());
        return LineChart.render(title(sweep.get(0), swept, name), x, y, series, true);
    }

    static String title(CellKey key, Swept swept, String figureName) {
        String hwm = key.hwm() >= 0 ? ", hwm " + key.hwm() : "";
        String fixed = switch (swept) {
            case SIZE -> hwm;
            case HWM -> ", " + Sizes.format(key.size());
            case GAP -> ", " + Sizes.format(key.size()) + hwm;
        };
        return figureName + " by " + swept.label + ": " + key.scenario().cliName() + " " + key.pattern().cliName()
                + " over " + key.transport().cliName() + fixed;
    }
}
