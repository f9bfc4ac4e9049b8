package zmqbench.crossings;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zmqbench.options.Defaults;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.Json;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.report.text.Table;
import zmqbench.report.text.TextTable;
import zmqbench.results.Estimate;
import zmqbench.scenario.Names;
import zmqbench.scenario.SteadyRule;
import zmqbench.stats.ForkStats;

/**
 * The {@code zmqbench crossings} report: per backend, ns per call of its trivial libzmq call
 * (median over forks, 95% interval), what that adds over c calling the same function directly,
 * and how many calls each fork timed; then the forks that were not steady or failed.
 */
public final class CrossingsReport {

    /** The report formats. */
    public enum Format {
        TABLE, JSON;

        public static Format parse(String name) {
            return Names.parse(Format.class, "format", name);
        }
    }

    /** Text tables fit a 100-column terminal, as the other reports do. */
    static final int WIDTH_COLUMNS = 100;

    private final List<CrossingRow> rows;

    public CrossingsReport(List<CrossingForks> forks) {
        List<CrossingRow> measured = forks.stream().map(CrossingsReport::row).toList();
        this.rows = measured.stream().map(row -> row.withOverC(overC(row, measured))).toList();
    }

    public List<CrossingRow> rows() {
        return rows;
    }

    /** True when a fork failed. */
    public boolean failed() {
        return rows.stream().anyMatch(row -> !row.failures().isEmpty());
    }

    public void write(Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> writeTable(out);
            case JSON -> out.println(Json.PRETTY.toJson(Map.of("rows", rows)));
        }
        out.flush();
    }

    private static CrossingRow row(CrossingForks forks) {
        List<Double> values = new ArrayList<>();
        String call = forks.spec().call();
        long callsPerFork = 0;
        int notSteady = 0;
        for (CrossingRecord record : forks.records()) {
            call = record.call();
            callsPerFork = (long) record.calls() * record.batches().size();
            if (Double.isFinite(record.nsPerCall())) {
                values.add(record.nsPerCall());
            }
            if (SteadyRule.NOT_STEADY.equals(record.steadyState())) {
                notSteady++;
            }
        }
        Estimate estimate = values.isEmpty() ? null
                : ForkStats.estimate(values.stream().mapToDouble(Double::doubleValue).toArray());
        return new CrossingRow(forks.spec().backend(), call, estimate, null,
                forks.records().size() + forks.failures().size(), values, callsPerFork, notSteady, forks.failures());
    }

    /** {@code row}'s median minus c's for the same call; null for c itself, or without c's. */
    private static Double overC(CrossingRow row, List<CrossingRow> all) {
        if (row.backend().equals(Defaults.BASELINE) || row.nsPerCall() == null) {
            return null;
        }
        for (CrossingRow floor : all) {
            if (floor.backend().equals(Defaults.BASELINE) && floor.call() != null && floor.call().equals(row.call())
                    && floor.nsPerCall() != null) {
                return row.nsPerCall().median() - floor.nsPerCall().median();
            }
        }
        return null;
    }

    private void writeTable(PrintWriter out) {
        List<Column> columns = List.of(Column.key("backend", false), Column.key("call", false),
                Column.key("ns per call", true), Column.key("over c", true), Column.key("published", true),
                Column.key("forks", true),
                Column.key("calls per fork", true));
        List<List<Cell>> cells = new ArrayList<>();
        for (CrossingRow row : rows) {
            int ok = row.forks() - row.failures().size();
            cells.add(List.of(Cell.of(row.backend()), Cell.of(row.pureJava() ? "none" : text(row.call())),
                    Cell.of(row.nsPerCall() == null ? "-" : Units.estimate(row.nsPerCall(), Unit.NANOSECONDS)),
                    Cell.of(row.overCNs() == null ? "-" : signed(row.overCNs())),
                    Cell.of(PublishedCrossings.of(row.backend()) == null ? "-"
                            : Units.number(PublishedCrossings.of(row.backend()))),
                    Cell.of(ok == row.forks() ? Integer.toString(ok) : ok + " of " + row.forks()),
                    Cell.of(row.callsPerFork() == 0 ? "-" : Units.number(row.callsPerFork()))));
        }
        Table table = new Table("Native crossings: ns per call of one trivial libzmq call (median over forks, "
                + "95% interval)", columns, cells, false);
        TextTable.render(table, WIDTH_COLUMNS, false).forEach(out::println);
        out.println();
        notes().forEach(note -> TextTable.wrap(note, WIDTH_COLUMNS - 2, "  ").forEach(line -> out.println("  " + line)));
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Each binding calls the cheapest libzmq function it reaches; c calls each of them directly (the "
                + "floor), and 'over c' is a backend's median minus c's for the same function: the crossing. "
                + "'published': ns per no-op call for the same way of calling (" + PublishedCrossings.SOURCE
                + "), another machine and a call that does nothing.");
        Map<String, Integer> notSteady = new LinkedHashMap<>();
        for (CrossingRow row : rows) {
            if (row.pureJava()) {
                notes.add(row.backend() + ": no native calls of its own (pure Java), nothing to time.");
            }
            if (row.notSteady() > 0) {
                notSteady.put(label(row), row.notSteady());
            }
        }
        if (!notSteady.isEmpty()) {
            List<String> counts = new ArrayList<>();
            notSteady.forEach((label, count) -> counts.add(label + " " + count));
            notes.add("Not steady (warm-up reached its cap before the batches agreed), forks: "
                    + String.join(", ", counts) + ".");
        }
        for (CrossingRow row : rows) {
            for (String failure : row.failures()) {
                notes.add("Failed: " + failure);
            }
        }
        return notes;
    }

    private static String label(CrossingRow row) {
        return row.backend() + (row.backend().equals(Defaults.BASELINE) ? " " + row.call() : "");
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + Units.number(value);
    }
}
