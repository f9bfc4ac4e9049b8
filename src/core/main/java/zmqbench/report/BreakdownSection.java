package zmqbench.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zmqbench.breakdown.BreakdownRow;
import zmqbench.breakdown.CrossingCosts;
import zmqbench.breakdown.TimeBreakdown;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.MarkdownTable;
import zmqbench.report.units.Units;
import zmqbench.report.text.Table;
import zmqbench.report.text.TextTable;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.scenario.ScenarioKind;

/**
 * "Where the time goes" in the text formats: per latency and throughput cell, a table of each
 * backend's extra time per message over the baseline taken apart ({@link TimeBreakdown}), and one
 * sentence per backend.
 */
public final class BreakdownSection {

    /** One cell's rows, their table and their sentences. */
    public record Part(List<BreakdownRow> rows, Table table, List<String> sentences) {
    }

    private BreakdownSection() {
    }

    /** A part for each latency and throughput cell that has a baseline and another backend. */
    public static List<Part> parts(ResultGrid grid, CrossingCosts costs) {
        List<Part> parts = new ArrayList<>();
        String baseline = grid.baseline();
        if (baseline == null) {
            return parts;
        }
        for (ScenarioKind scenario : grid.scenarios()) {
            if (!TimeBreakdown.explains(scenario)) {
                continue;
            }
            for (CellKey key : grid.keys(scenario)) {
                List<CellResult> cells = grid.backends().stream().map(b -> grid.cell(b, key)).toList();
                List<BreakdownRow> rows = TimeBreakdown.rows(grid.cell(baseline, key), cells, costs);
                if (!rows.isEmpty()) {
                    parts.add(new Part(rows, table(key, baseline, rows), sentences(key, rows)));
                }
            }
        }
        return parts;
    }

    /** How to read the tables, and what they leave out. */
    public static String legend(CrossingCosts costs) {
        return "Where the time goes: each backend's mean time per message (latency: per round trip) over the "
                + "baseline's, as crossings (count x the cost of one over c's direct call"
                + (costs.nsByBackend().isEmpty() ? "; no crossing costs given, so their time is in the rest: "
                + "'zmqbench breakdown SET --crossings FILE'" : "") + "; a count marked * is derived from the API "
                + "path, else counted), GC time, scheduling (time runnable but waiting for a CPU of the "
                + "application and ZeroMQ I/O threads, less the baseline's; wake-ups and migrations likewise) "
                + "and the rest, which copies and allocation (shown, not timed) are in. "
                + "The parts are CPU time summed over both peers: where the peers run in parallel they can exceed "
                + "the wall-clock extra, and the rest goes negative.";
    }

    /** The section in the terminal report's style; nothing when no cell can be taken apart. */
    public static void writeText(ResultGrid grid, CrossingCosts costs, PrintWriter out, int width, boolean color) {
        List<Part> parts = parts(grid, costs);
        for (Part part : parts) {
            out.println();
            TextTable.render(part.table(), width, color).forEach(out::println);
            for (String sentence : part.sentences()) {
                TextTable.wrap(sentence, width, "  ").forEach(out::println);
            }
        }
        if (!parts.isEmpty()) {
            TextTable.wrap(legend(costs), width, "  ").forEach(out::println);
        }
    }

    /** The section as Markdown (level-3 heading); nothing when no cell can be taken apart. */
    public static void writeMarkdown(ResultGrid grid, CrossingCosts costs, PrintWriter out) {
        List<Part> parts = parts(grid, costs);
        if (parts.isEmpty()) {
            return;
        }
        out.println();
        out.println("### where the time goes");
        for (Part part : parts) {
            out.println();
            MarkdownTable.render(part.table(), 4).forEach(out::println);
            out.println();
            part.sentences().forEach(sentence -> out.println("- " + MarkdownTable.escape(sentence)));
        }
        out.println();
        out.println(MarkdownTable.escape(legend(costs)));
    }

    private static Table table(CellKey key, String baseline, List<BreakdownRow> rows) {
        String per = key.scenario().roundTrips() ? "round trip" : "message";
        // two groups, so that a narrow terminal gets the table in two parts, each with the backend
        List<Column> columns = List.of(Column.key("backend", false), new Column("extra", true, 0),
                new Column("crossings (ns)", true, 0), new Column("copies (B)", true, 0),
                new Column("alloc B", true, 0), new Column("GC", true, 1), new Column("waiting", true, 1),
                new Column("wakes", true, 1), new Column("migr.", true, 1), new Column("rest (of extra)", true, 1));
        List<List<Cell>> cells = new ArrayList<>();
        for (BreakdownRow row : rows) {
            cells.add(List.of(Cell.of(row.backend()), Cell.of(signed(row.extraNs())),
                    Cell.of(Units.number(row.crossings()) + (row.crossingsCounted() ? "" : "*") + " ("
                            + Units.number(row.crossingsTimeNs()) + ")"),
                    Cell.of(row.copies() < 0 ? "n/a" : row.copies() + " (" + row.copiedBytes() + ")"),
                    Cell.of(Units.number(row.allocBytes())), Cell.of(Units.number(row.gcNs())),
                    Cell.of(signed(row.schedulingNs())), Cell.of(signed(row.wakeups())),
                    Cell.of(signed(row.migrations())),
                    Cell.of(signed(row.restNs()) + " (" + Units.number(100 * row.restFraction()) + "%)")));
        }
        return new Table("where the time goes, " + key.label() + ": ns per " + per
                + " over " + baseline + " (waiting: for a CPU; wakes: wake-ups; migr.: CPU migrations; per " + per
                + ", over " + baseline + "'s)", columns, cells, false);
    }

    private static List<String> sentences(CellKey key, List<BreakdownRow> rows) {
        String per = key.scenario().roundTrips() ? "round trip" : "message";
        List<String> sentences = new ArrayList<>();
        for (BreakdownRow row : rows) {
            StringBuilder s = new StringBuilder(row.backend() + ": " + signed(row.extraNs()) + " ns per " + per);
            if (row.crossings() > 0) {
                s.append(", ").append(Double.isNaN(row.crossingsTimeNs()) ? "an untimed part"
                        : Units.number(row.crossingsTimeNs()) + " ns of it").append(" in ")
                        .append(Units.number(row.crossings())).append(row.crossingsCounted() ? " counted" : " derived")
                        .append(" native crossings");
            }
            if (row.gcNs() > 0) {
                s.append(", ").append(Units.number(row.gcNs())).append(" ns in GC");
            }
            if (!Double.isNaN(row.schedulingNs())) {
                s.append(", ").append(signed(row.schedulingNs())).append(" ns waiting for a CPU (")
                        .append(signed(row.wakeups())).append(" wake-ups)");
            }
            s.append("; the rest ").append(signed(row.restNs())).append(" ns");
            if (Double.isFinite(row.restFraction())) {
                s.append(String.format(Locale.ROOT, " (%.0f%% of the extra)", 100 * row.restFraction()));
            }
            sentences.add(s.append('.').toString());
        }
        return sentences;
    }

    private static String signed(double v) {
        return Double.isFinite(v) && v > 0 ? "+" + Units.number(v) : Units.number(v);
    }
}
