package zmqbench.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zmqbench.breakdown.BreakdownRow;
import zmqbench.breakdown.CrossingCosts;
import zmqbench.breakdown.MessagePace;
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

    /**
     * One cell's rows, the table of their parts, the table of what is shown beside them, and their
     * sentences (the baseline's pace first).
     */
    public record Part(List<BreakdownRow> rows, Table table, Table beside, List<String> sentences) {
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
                CellResult floorCell = grid.cell(baseline, key);
                List<BreakdownRow> rows = TimeBreakdown.rows(floorCell, cells, costs);
                if (!rows.isEmpty()) {
                    List<String> sentences = new ArrayList<>();
                    sentences.add(floorSentence(key, baseline, TimeBreakdown.floor(floorCell)));
                    sentences.addAll(sentences(key, rows));
                    parts.add(new Part(rows, table(key, baseline, rows), beside(key, baseline, rows), sentences));
                }
            }
        }
        return parts;
    }

    /** How to read the tables, and what they leave out. */
    public static String legend(CrossingCosts costs) {
        return "Where the time goes: each backend's mean time per message (latency: per round trip) over the "
                + "baseline's. A message's time is the CPU of the threads that set the pace (latency: both peers' "
                + "application and ZeroMQ I/O threads, as each message waits for the one before; throughput: the "
                + "busier peer's process, 'paced by') plus the time they are off the CPU, in wake-ups. So the "
                + "extra is: crossings (count x the cost of one over c's direct call"
                + (costs.nsByBackend().isEmpty() ? "; no crossing costs given, so their time is in 'binding': "
                + "'zmqbench breakdown SET --crossings FILE'" : "") + "; a count marked * is derived from the API "
                + "path, else counted), binding (the rest of the path threads' extra CPU: copies, allocation, the "
                + "binding's own code and kernel calls), GC and other threads' (JIT, VM) extra CPU (latency: the other "
                + "threads run while the path sleeps, so they are shown in parentheses, not added), wake-ups (the "
                + "extra wake-ups at the baseline's time off the CPU per wake-up), and the rest: what these leave, "
                + "never hidden (other processes' time on the pacing CPU, wake-ups slower or faster than the "
                + "baseline's, and in latency the peers' work at the same time). All from the per-thread "
                + "accounting (/proc schedstat), a sliced fork's over its quiet slices only (those the weather did not "
                + "disturb: on a virtual machine the host's steal counts as the threads' CPU and delays their "
                + "wake-ups). ±: two standard errors of the extra over those slices; an extra within it is not told "
                + "from 0, and its split is noise too. Shown beside, not added: "
                + "waiting (time runnable but waiting for a CPU, which a thread spends in its sibling's CPU time "
                + "when both share one), migrations, copies and allocation.";
    }

    /** The section in the terminal report's style; nothing when no cell can be taken apart. */
    public static void writeText(ResultGrid grid, CrossingCosts costs, PrintWriter out, int width, boolean color) {
        List<Part> parts = parts(grid, costs);
        for (Part part : parts) {
            out.println();
            TextTable.render(part.table(), width, color).forEach(out::println);
            out.println();
            TextTable.render(part.beside(), width, color).forEach(out::println);
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
            MarkdownTable.render(part.beside(), 4).forEach(out::println);
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
                new Column("±", true, 0), new Column("crossings (ns)", true, 0), new Column("binding", true, 0),
                new Column("GC", true, 1), new Column("other thr.", true, 1), new Column("wake-ups (ns)", true, 1),
                new Column("rest (share)", true, 1));
        List<List<Cell>> cells = new ArrayList<>();
        for (BreakdownRow row : rows) {
            cells.add(List.of(Cell.of(row.backend()), Cell.of(signed(row.extraNs())),
                    Cell.of(Units.number(row.extraNoiseNs())),
                    Cell.of(Units.number(row.crossings()) + (row.crossingsCounted() ? "" : "*") + " ("
                            + Units.number(row.crossingsTimeNs()) + ")"),
                    Cell.of(signed(row.bindingCpuNs())), Cell.of(signed(row.gcNs())),
                    Cell.of(row.otherThreadsAdded() ? signed(row.otherThreadsNs())
                            : "(" + signed(row.otherThreadsNs()) + ")"),
                    Cell.of(signed(row.wakeups()) + " (" + signed(row.wakeupNs()) + ")"),
                    Cell.of(signed(row.restNs()) + " (" + Units.number(100 * row.restFraction()) + "%)")));
        }
        return new Table("where the time goes, " + key.label() + ": ns per " + per + " over " + baseline
                + " (±: two standard errors of the extra; binding: the path threads' other CPU; other thr.: JIT, "
                + "VM, in parentheses where not added; wake-ups: per " + per + ", over " + baseline + "'s)",
                columns, cells, false);
    }

    /** What is shown beside the parts: whose threads set the pace, and what is not timed or not added. */
    private static Table beside(CellKey key, String baseline, List<BreakdownRow> rows) {
        String per = key.scenario().roundTrips() ? "round trip" : "message";
        List<Column> columns = List.of(Column.key("backend", false), new Column("paced by", false, 0),
                new Column("waiting (ns)", true, 0), new Column("migrations", true, 0),
                new Column("copies (B)", true, 0), new Column("alloc B", true, 0));
        List<List<Cell>> cells = new ArrayList<>();
        for (BreakdownRow row : rows) {
            cells.add(List.of(Cell.of(row.backend()), Cell.of(row.pacedBy()), Cell.of(signed(row.runWaitNs())),
                    Cell.of(signed(row.migrations())),
                    Cell.of(row.copies() < 0 ? "n/a" : row.copies() + " (" + row.copiedBytes() + ")"),
                    Cell.of(Units.number(row.allocBytes()))));
        }
        return new Table("beside the parts, " + key.label() + ": per " + per + " (waiting for a CPU and "
                + "migrations over " + baseline + "'s; copies beyond " + baseline + "'s, derived)", columns, cells, false);
    }

    /** What the baseline's time per message is made of: the floor the rows are taken apart against. */
    private static String floorSentence(CellKey key, String baseline, MessagePace floor) {
        String per = key.scenario().roundTrips() ? "round trip" : "message";
        StringBuilder s = new StringBuilder(baseline + ": " + Units.number(floor.nsPerMessage()) + " ns per " + per);
        if (Double.isNaN(floor.busyNs())) {
            return s.append(", without per-thread accounting: the parts are not measured.").toString();
        }
        s.append(" = ").append(Units.number(floor.busyNs())).append(" ns CPU of ")
                .append(floor.pacedBy().equals("both peers") ? "both peers'" : "the " + floor.pacedBy() + "'s")
                .append(" threads + ").append(Units.number(floor.nsPerMessage() - floor.busyNs()))
                .append(" ns off the CPU in ").append(Units.number(floor.wakeups())).append(" wake-ups");
        if (Double.isFinite(floor.offCpuNsPerWakeup())) {
            s.append(" (").append(Units.number(floor.offCpuNsPerWakeup())).append(" ns each)");
        }
        return s.append('.').toString();
    }

    private static List<String> sentences(CellKey key, List<BreakdownRow> rows) {
        String per = key.scenario().roundTrips() ? "round trip" : "message";
        List<String> sentences = new ArrayList<>();
        for (BreakdownRow row : rows) {
            StringBuilder s = new StringBuilder(row.backend() + ": " + signed(row.extraNs()) + " ns per " + per);
            if (!row.pacedBy().equals("both peers")) {
                s.append(" (paced by the ").append(row.pacedBy()).append(')');
            }
            if (row.crossings() > 0) {
                s.append(", ").append(Double.isNaN(row.crossingsTimeNs()) ? "an untimed part"
                        : Units.number(row.crossingsTimeNs()) + " ns of it").append(" in ")
                        .append(Units.number(row.crossings())).append(row.crossingsCounted() ? " counted" : " derived")
                        .append(" native crossings");
            }
            if (Double.isNaN(row.bindingCpuNs())) {
                s.append(", no per-thread accounting");
            } else {
                s.append(", ").append(signed(row.bindingCpuNs())).append(" ns more of the binding's CPU, ")
                        .append(signed(row.gcNs())).append(" ns GC, ").append(signed(row.otherThreadsNs()))
                        .append(row.otherThreadsAdded() ? " ns other threads" : " ns other threads (in idle time, "
                                + "not added)");
            }
            if (Double.isFinite(row.wakeupNs())) {
                s.append(", ").append(signed(row.wakeups())).append(" wake-ups (").append(signed(row.wakeupNs()))
                        .append(" ns)");
            }
            s.append("; the rest ").append(signed(row.restNs())).append(" ns");
            if (Double.isFinite(row.restFraction())) {
                s.append(String.format(Locale.ROOT, " (%.0f%% of the extra)", 100 * row.restFraction()));
            }
            if (row.extraWithinNoise()) {
                s.append("; the extra is within its noise (±").append(Units.number(row.extraNoiseNs()))
                        .append(" ns, two standard errors over the slices), so its split is noise too");
            } else if (row.restFraction() > 0.2 && row.restNs() < 0 && key.scenario().roundTrips()) {
                s.append("; the parts exceed the extra: CPU that ran while the round trip waited on the other "
                        + "peer or its wake-up is counted but adds no time");
            }
            sentences.add(s.append('.').toString());
        }
        return sentences;
    }

    private static String signed(double v) {
        return Double.isFinite(v) && v > 0 ? "+" + Units.number(v) : Units.number(v);
    }
}
