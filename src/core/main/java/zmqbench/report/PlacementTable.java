package zmqbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Table;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;

/**
 * Latency under several placements (one result set each, run with --cpus none, same, separate):
 * per cell, each backend's RTT p50 and rank under each placement, with the wake-ups and migrations
 * per round trip that explain a ranking that flips, and one line per cell naming the order under
 * each placement.
 */
public final class PlacementTable {

    /** The tables and the ranking lines. */
    public record Placements(List<Table> tables, List<String> rankings) {
    }

    private PlacementTable() {
    }

    /** Every latency cell the sets share, in the first set's order. */
    public static Placements of(List<ResultSet> sets) {
        List<Table> tables = new ArrayList<>();
        List<String> rankings = new ArrayList<>();
        List<ResultGrid> grids = sets.stream().map(ResultGrid::of).toList();
        if (grids.isEmpty() || !grids.get(0).scenarios().contains(ScenarioKind.LATENCY)) {
            return new Placements(tables, rankings);
        }
        for (CellKey key : grids.get(0).keys(ScenarioKind.LATENCY)) {
            Set<String> backends = new LinkedHashSet<>();
            grids.forEach(g -> backends.addAll(g.backends()));
            List<Column> columns = new ArrayList<>(List.of(Column.key("backend", false)));
            for (int i = 0; i < sets.size(); i++) {
                String placement = placement(sets.get(i));
                columns.add(new Column(placement + " p50 µs", true, i));
                columns.add(new Column("rank", true, i));
                columns.add(new Column("vs " + baselineName(grids.get(i)), false, i));
                columns.add(new Column("wake-ups", true, i));
                columns.add(new Column("migr.", true, i));
            }
            List<List<Cell>> rows = new ArrayList<>();
            List<List<String>> orders = new ArrayList<>();
            for (ResultGrid grid : grids) {
                orders.add(order(grid, key, backends));
            }
            Map<String, List<String>> verdicts = new LinkedHashMap<>();
            for (String backend : backends) {
                List<Cell> row = new ArrayList<>(List.of(Cell.of(backend)));
                List<String> byPlacement = new ArrayList<>();
                verdicts.put(backend, byPlacement);
                for (int i = 0; i < grids.size(); i++) {
                    CellResult cell = grids.get(i).cell(backend, key);
                    int rank = orders.get(i).indexOf(backend);
                    String verdict = verdict(grids.get(i), cell, key);
                    byPlacement.add(verdict);
                    row.add(Cell.of(value(cell, Figure.RTT_P50, 1000)));
                    row.add(Cell.of(rank < 0 ? "-" : Integer.toString(rank + 1)));
                    row.add(Cell.of(verdict));
                    row.add(Cell.of(value(cell, Figure.WAKEUPS_PER_MSG, 1)));
                    row.add(Cell.of(value(cell, Figure.MIGRATIONS_PER_MSG, 1)));
                }
                rows.add(row);
            }
            tables.add(new Table("placement, " + key.label() + ": RTT p50, its rank, and per round trip the "
                    + "wake-ups and CPU migrations (all threads, both peers)", columns, rows, false));
            boolean reordered = orders.stream().distinct().count() > 1;
            List<String> changed = changedVerdicts(verdicts, sets);
            rankings.add(key.label() + ": " + (reordered ? "the medians' order differs: " : "the same order: ")
                    + IntStream.range(0, sets.size())
                            .mapToObj(i -> placement(sets.get(i)) + " " + String.join(" < ", orders.get(i)))
                            .collect(Collectors.joining("; "))
                    + (changed.isEmpty() ? "; no verdict against the baseline changes between placements (an order"
                            + " among figures the margin cannot tell apart is no flip)"
                            : "; verdicts against the baseline that change: " + String.join("; ", changed)));
        }
        return new Placements(tables, rankings);
    }

    /** The backend's verdict against the set's baseline at its margin ("same", "faster", ...), or "-". */
    private static String verdict(ResultGrid grid, CellResult cell, CellKey key) {
        CellResult base = grid.baseline() == null ? null : grid.cell(grid.baseline(), key);
        if (cell == null || base == null) {
            return "-";
        }
        return cell == base ? Summary.BASELINE : Summary.row(cell, base, 0.0, Summary.margin(grid)).verdict();
    }

    private static String baselineName(ResultGrid grid) {
        return grid.baseline() == null ? "baseline" : grid.baseline();
    }

    /**
     * The backends whose decided verdicts differ between placements (faster under one, same or
     * slower under another), each with its verdict per placement; undecided ones are no evidence.
     */
    private static List<String> changedVerdicts(Map<String, List<String>> verdicts, List<ResultSet> sets) {
        List<String> changed = new ArrayList<>();
        verdicts.forEach((backend, byPlacement) -> {
            long decided = byPlacement.stream().filter(PlacementTable::decided).distinct().count();
            if (decided > 1) {
                changed.add(backend + " " + IntStream.range(0, byPlacement.size())
                        .mapToObj(i -> placement(sets.get(i)) + " " + byPlacement.get(i))
                        .collect(Collectors.joining(", ")));
            }
        });
        return changed;
    }

    private static boolean decided(String verdict) {
        return verdict.equals(Summary.FASTER) || verdict.equals(Summary.SLOWER) || verdict.equals(Summary.SAME);
    }

    /** The backends with an RTT p50 in this cell, fastest first. */
    private static List<String> order(ResultGrid grid, CellKey key, Set<String> backends) {
        return backends.stream()
                .filter(b -> grid.cell(b, key) != null && grid.cell(b, key).figure(Figure.RTT_P50) != null)
                .sorted(Comparator.comparingDouble(b -> grid.cell(b, key).figure(Figure.RTT_P50).median()))
                .toList();
    }

    private static String value(CellResult cell, Figure figure, double divisor) {
        Estimate e = cell == null ? null : cell.figure(figure);
        return e == null ? "-" : Units.number(e.median() / divisor);
    }

    /** The placement's command-line name, as the cells record it ("none", "same", "separate"). */
    private static String placement(ResultSet set) {
        return set.cells().stream().map(CellResult::placement).filter(p -> p != null && !p.isEmpty()).findFirst()
                .orElse(set.placement() == null ? "?" : set.placement());
    }
}
