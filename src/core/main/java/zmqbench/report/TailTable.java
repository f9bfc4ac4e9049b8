package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Table;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.HistogramFiles;
import zmqbench.results.LatencySummary;
import zmqbench.results.ResultStore;
import zmqbench.scenario.ScenarioKind;

/**
 * The tail of a scenario's round trips: every fork's samples together (not a median across forks),
 * up to p99.99 and the maximum, with the histogram file the set keeps for each backend and cell.
 * p99.99 needs {@code LatencyStats.MIN_COUNT_FOR_P9999} samples; below that it is "-".
 */
final class TailTable {

    private TailTable() {
    }

    /** The table, or empty when no cell of {@code scenario} has round trips (throughput). */
    static Optional<Table> of(ResultGrid grid, ScenarioKind scenario) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CellKey key : grid.keys(scenario)) {
            for (String backend : grid.backends()) {
                CellResult cell = grid.cell(backend, key);
                LatencySummary rtt = cell == null ? null : cell.latency().rttNs();
                if (rtt == null || rtt.count() == 0) {
                    continue;
                }
                // The histogram's file name says backend and cell: it is the row's name too.
                rows.add(List.of(Cell.of(HistogramFiles.baseName(backend, key)), Cell.of(Long.toString(rtt.count())),
                        micros(rtt.p50()), micros(rtt.p99()), micros(rtt.p999()),
                        rtt.p9999() < 0 ? Cell.of("-") : micros(rtt.p9999()), micros(rtt.max())));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = List.of(Column.key(ResultStore.HISTOGRAM_DIR + "/NAME.hgrm", false),
                new Column("round trips", true, 0), new Column("p50", true, 0), new Column("p99", true, 0),
                new Column("p99.9", true, 0), new Column("p99.99", true, 0), new Column("max", true, 0));
        String corrected = scenario == ScenarioKind.OPEN_LOOP
                ? " (from the intended send time; NAME-uncorrected.hgrm: from the actual send)" : "";
        return Optional.of(new Table(scenario.cliName() + ": tail of all forks' round trips together, µs" + corrected
                + ", with the histogram the set keeps", columns, rows, false));
    }

    private static Cell micros(long ns) {
        return Cell.of(Units.number(ns, Unit.MICROSECONDS));
    }
}
