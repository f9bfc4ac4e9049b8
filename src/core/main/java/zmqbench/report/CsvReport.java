package zmqbench.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.CellVersions;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.HistogramFiles;
import zmqbench.results.LatencySummary;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.scenario.ScenarioKind;

/**
 * One row per cell and backend, RFC 4180 quoting, '.' decimals, stored units (ns, msg/s, MB/s,
 * bytes, KiB) rounded to four significant digits (every digit before the point kept); an empty
 * field means "not measured". The answer comes first, then how it was measured:
 * <pre>
 * scenario, pattern, transport, size_bytes, hwm, backend,
 * headline_figure, verdict, converged, headline_median, headline_lower, headline_upper,
 * headline_ratio, headline_ratio_lower, headline_ratio_upper, headline_half_width_percent,
 * backend_version, libzmq_version, placement, baseline, status, forks, forks_ok, not_steady_forks,
 * messages_sent, messages_received,
 * then for each figure F in rtt_p50_ns, rtt_p99_ns, rtt_p999_ns, msgs_per_sec, mb_per_sec,
 *     enqueue_msgs_per_sec, cpu_ns_per_msg, alloc_bytes_per_msg, peak_rss_kb, dropped_percent,
 *     rtt_p50_uncorrected_ns, rtt_p99_uncorrected_ns, achieved_rate_percent, time_to_steady_ms,
 *     jit_ms, warmup_messages, window_cv_percent:
 *   F_median, F_lower, F_upper, F_ratio, F_ratio_lower, F_ratio_upper,
 * merged_rtt_count, merged_rtt_min_ns, merged_rtt_p50_ns, merged_rtt_p90_ns, merged_rtt_p99_ns,
 * merged_rtt_p999_ns, merged_rtt_p9999_ns, merged_rtt_max_ns, merged_rtt_mean_ns,
 * merged_rtt_stddev_ns, histogram_file,
 * merged_rtt_uncorrected_count, ..., merged_rtt_uncorrected_stddev_ns (the same ten parts), notes
 * </pre>
 * headline_*: the cell's headline figure (rtt_p50_ns or msgs_per_sec), its median and interval, its
 * ratio to the baseline with the ratio's interval, and the interval's half-width relative to the
 * median (the wider side); converged: false when that did not reach the run's --precision;
 * verdict: faster, slower, same (within the run's --margin), undecided against the baseline (or
 * baseline, failed), as the report's summary says. hwm: empty for the library's default.
 * Open-loop cells: rtt_* and merged_rtt_* are corrected for coordinated omission (timed from each
 * message's intended send time); *_uncorrected_* are timed from the actual send, and empty for
 * every other scenario, as achieved_rate_percent is.
 * F_median, F_lower, F_upper: the median across forks and its 95% interval. F_ratio*: the ratio to
 * the baseline backend's median with its 95% interval (empty for the baseline itself, when either
 * side lacks the figure, and for shares, whose ratio means nothing: dropped_percent,
 * achieved_rate_percent, window_cv_percent). merged_rtt_*: percentiles of all forks' round trips
 * together (latency cells; p9999 empty under 10 000 samples); histogram_file: where the set keeps
 * that histogram, relative to its directory (HdrHistogram's percentile text, .hgrm; the histogram
 * itself beside it as .hdr). notes: the cell's footnotes joined by "; ".
 * not_steady_forks: the numbers of the forks whose auto warm-up hit its cap before steady state,
 * separated by spaces (empty: none); they are kept in the figures, and the notes say so.
 * time_to_steady_ms: auto warm-ups only. jit_ms: JIT compilation of all peers up to the end of the
 * measurement (empty when a peer has no JIT, as C). window_cv_percent: the spread of the measured
 * windows within a fork (standard deviation / mean), its median across forks.
 */
public final class CsvReport implements ReportFormat {

    private static final List<String> FIGURE_PARTS = List.of("median", "lower", "upper", "ratio", "ratio_lower",
            "ratio_upper");

    private static final List<String> RTT_PARTS = List.of("count", "min_ns", "p50_ns", "p90_ns", "p99_ns", "p999_ns",
            "p9999_ns", "max_ns", "mean_ns", "stddev_ns");

    /** The figures in column order: the headline ones first. */
    private static final List<Figure> FIGURES = figureOrder();

    /** The header, as documented above. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("scenario", "pattern", "transport", "size_bytes", "hwm", "gap_ns",
                "backend", "headline_figure", "verdict", "converged", "headline_median", "headline_lower",
                "headline_upper", "headline_ratio", "headline_ratio_lower", "headline_ratio_upper",
                "headline_half_width_percent", "backend_version", "libzmq_version", "placement", "baseline", "status",
                "forks", "forks_ok", "not_steady_forks", "messages_sent", "messages_received"));
        for (Figure figure : FIGURES) {
            for (String part : FIGURE_PARTS) {
                columns.add(figure.key() + "_" + part);
            }
        }
        for (String part : RTT_PARTS) {
            columns.add("merged_rtt_" + part);
        }
        columns.add("histogram_file");
        for (String part : RTT_PARTS) {
            columns.add("merged_rtt_uncorrected_" + part);
        }
        columns.add("notes");
        return Collections.unmodifiableList(columns);
    }

    private static List<Figure> figureOrder() {
        List<Figure> figures = new ArrayList<>(List.of(Figure.RTT_P50, Figure.RTT_P99, Figure.RTT_P999));
        for (Figure figure : Figure.values()) {
            if (!figures.contains(figure)) {
                figures.add(figure);
            }
        }
        return List.copyOf(figures);
    }

    @Override
    public void write(ResultSet results, PrintWriter out) {
        ResultGrid grid = ResultGrid.of(results);
        out.print(line(columns()));
        String baseline = grid.baseline();
        double precision = Summary.precision(grid);
        double margin = Summary.margin(grid);
        for (ScenarioKind scenario : grid.scenarios()) {
            for (CellKey key : grid.keys(scenario)) {
                CellResult base = baseline == null ? null : grid.cell(baseline, key);
                for (String backend : grid.backends()) {
                    CellResult cell = grid.cell(backend, key);
                    if (cell != null) {
                        out.print(line(row(cell, base, results.baseline(), precision, margin)));
                    }
                }
            }
        }
        out.flush();
    }

    private static List<String> row(CellResult cell, CellResult base, String baseline, double precision,
                                    double margin) {
        CellKey key = cell.key();
        Summary.Row summary = Summary.row(cell, base, precision, margin);
        List<String> row = new ArrayList<>(List.of(key.scenario().cliName(), key.pattern().cliName(),
                key.transport().cliName(), Integer.toString(key.size()),
                key.hwm() < 0 ? "" : Integer.toString(key.hwm()),
                key.pacing().gapNs() > 0 ? Long.toString(key.pacing().gapNs()) : "",
                cell.backend(), summary.figure().key(), summary.verdict(), Boolean.toString(summary.converged())));
        addEstimate(row, summary.value());
        addEstimate(row, summary.ratio());
        row.add(Units.csv(summary.halfWidth() * 100.0));
        CellVersions versions = cell.versions();
        row.addAll(List.of(text(versions.backendVersion()), text(versions.libzmqVersion()), text(cell.placement()),
                text(baseline), text(cell.status()), Integer.toString(cell.forks().size()),
                Long.toString(cell.forks().stream().filter(ForkResult::ok).count()),
                String.join(" ", cell.notSteadyForks().stream().map(String::valueOf).toList()),
                Long.toString(cell.messages().messagesSent()), Long.toString(cell.messages().messagesReceived())));
        boolean isBaseline = base == null || base == cell;
        for (Figure figure : FIGURES) {
            addEstimate(row, cell.figure(figure));
            addEstimate(row, isBaseline ? null : BaselineRatio.of(cell, base, figure));
        }
        addSummary(row, cell.latency().rttNs());
        row.add(cell.latency().rttNs() == null ? ""
                : ResultStore.HISTOGRAM_DIR + "/" + HistogramFiles.baseName(cell.backend(), key) + ".hgrm");
        addSummary(row, cell.latency().rttUncorrectedNs());
        row.add(String.join("; ", cell.notes()));
        return row;
    }

    /** Median, lower and upper, or three empty fields. */
    private static void addEstimate(List<String> row, Estimate estimate) {
        row.add(estimate == null ? "" : Units.csv(estimate.median()));
        row.add(estimate == null ? "" : Units.csv(estimate.lower()));
        row.add(estimate == null ? "" : Units.csv(estimate.upper()));
    }

    private static void addSummary(List<String> row, LatencySummary rtt) {
        if (rtt == null) {
            for (int i = 0; i < RTT_PARTS.size(); i++) {
                row.add("");
            }
        } else {
            row.addAll(List.of(Long.toString(rtt.count()), Long.toString(rtt.min()), Long.toString(rtt.p50()),
                    Long.toString(rtt.p90()), Long.toString(rtt.p99()), Long.toString(rtt.p999()),
                    rtt.p9999() < 0 ? "" : Long.toString(rtt.p9999()), Long.toString(rtt.max()), Units.csv(rtt.mean()),
                    Units.csv(rtt.stddev())));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(quote(field));
        }
        return line.append("\r\n").toString();
    }

    /** RFC 4180: quote fields with commas, quotes or line breaks, doubling the quotes. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
