package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Style;
import zmqbench.report.text.Table;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.CellKey;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.stats.Headline;

/**
 * The summary as the terminal and Markdown reports open with it: one row per backend and cell,
 * the headline value in µs or msg/s, the width its interval reached (flagged with
 * {@link #NOT_CONVERGED} when wider than the run's precision), the ratio to the baseline with its
 * interval, and the verdict.
 */
final class SummaryTable {

    /** Marks a width that did not reach the precision asked for. */
    static final String NOT_CONVERGED = "!";

    private SummaryTable() {
    }

    /**
     * One table per scenario (so each has one unit): the cell and backend as key columns, then the
     * value with its width, then the ratio with its verdict; a terminal too narrow for all of them
     * gets the table in two parts.
     */
    static List<Table> of(ResultGrid grid, List<Summary.Row> rows) {
        String baseline = grid.baseline();
        // One pattern throughout (the default's PAIR): named in the title, not on every row.
        List<Pattern> patterns = rows.stream().map(r -> r.key().pattern()).distinct().toList();
        boolean onePattern = patterns.size() == 1;
        List<Table> tables = new ArrayList<>();
        for (ScenarioKind scenario : grid.scenarios()) {
            List<Column> columns = new ArrayList<>(List.of(Column.key("cell", false), Column.key("backend", false),
                    new Column("median [95% CI]", true, 0), new Column("half-width", true, 0)));
            if (baseline != null) {
                columns.add(new Column("vs " + baseline + " [95% CI]", true, 1));
                columns.add(new Column("verdict", false, 1));
            }
            List<List<Cell>> cells = new ArrayList<>();
            CellKey previous = null;
            for (Summary.Row row : rows) {
                if (row.key().scenario() != scenario) {
                    continue;
                }
                List<Cell> line = new ArrayList<>();
                Set<LabelPart> parts = onePattern ? Set.of() : Set.of(LabelPart.PATTERN);
                line.add(Cell.of(row.key().equals(previous) ? "" : row.key().label(parts)));
                previous = row.key();
                line.add(Cell.of(row.backend()));
                line.add(value(row));
                line.add(width(row));
                if (baseline != null) {
                    line.add(row.ratio() == null ? Cell.of("") : Cell.of(Units.ratio(row.ratio())));
                    line.add(verdict(row));
                }
                cells.add(line);
            }
            String figure = FigureLabels.title(Headline.figure(keyOf(rows, scenario)), scenario);
            String title = "Summary, " + scenario.cliName() + (onePattern ? " " + patterns.get(0).cliName() : "") + ": "
                    + figure;
            tables.add(new Table(title, columns, cells, false));
        }
        return tables;
    }

    /** How to read the summary, one paragraph per line, then what would decide each undecided ratio. */
    static List<String> legend(ResultGrid grid, List<Summary.Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("Median across forks with its 95% confidence interval (CI) [low, high]. half-width: the interval's wider side "
                + "relative to the median.");
        double precision = Summary.precision(grid);
        if (precision > 0.0) {
            lines.add(NOT_CONVERGED + ": not within ±" + Units.percent(precision) + " when the run stopped (--max-forks or "
                    + "--time-budget spent, or its pairs differing more than rounds narrow); more rounds, forks or a "
                    + "quieter machine would narrow it.");
        }
        if (grid.baseline() != null) {
            lines.add("vs " + grid.baseline() + ": the ratio with its 95% interval (sliced cells: round by round, "
                    + "each round every pair one slice, a fraction of a second apart; else per round of forks); '"
                    + Summary.SAME + "' when the interval lies within 1 ±" + Units.percent(Summary.margin(grid))
                    + " (--margin), '" + Summary.UNDECIDED + "' when it reaches across a bound. "
                    + "Latency: below 1 is faster; throughput: above 1 is faster.");
            lines.addAll(ToDecideText.lines(rows, Summary.margin(grid)));
        }
        return lines;
    }

    /**
     * For the report's header: how the run chose its number of rounds, e.g. " (at least; up to 10
     * rounds until ±5.0%)", or "" for a fixed number (or a set that does not say).
     */
    static String rounds(ResultGrid grid) {
        if (ReportText.sliced(grid.set())) {
            return "";
        }
        double precision = Summary.precision(grid);
        int most = precision > 0.0 ? grid.set().options().rounds().maxForks() : 0;
        return most > 0 ? " (at least; up to " + most + " rounds until ±" + Units.percent(precision) + ")" : "";
    }

    /** What the summary answers and how sure it is, one line. */
    static String title(ResultGrid grid, List<Summary.Row> rows) {
        String against = grid.baseline() == null ? "" : ", " + BaselineWording.against(grid.baseline(),
                grid.set().options() == null ? List.of() : grid.set().options().matrix().releases(), grid.backends());
        String title = "Summary: RTT p50 (latency) and delivered msg/s (throughput)" + against;
        double precision = Summary.precision(grid);
        if (precision > 0.0) {
            int[] converged = Summary.convergedOfMeasured(rows);
            title += String.format(Locale.ROOT, "; %d of %d figures within ±%s", converged[0], converged[1],
                    Units.percent(precision));
        }
        return title;
    }

    private static CellKey keyOf(List<Summary.Row> rows, ScenarioKind scenario) {
        return rows.stream().filter(r -> r.key().scenario() == scenario).findFirst().orElseThrow().key();
    }


    /** The headline value in the unit its table's title names (µs, msg/s). */
    static String valueText(Summary.Row row) {
        return Units.estimate(row.value(), Unit.of(row.figure()));
    }

    /** The half-width an interval reached, relative to the median: "2.1%", or "" when it has none. */
    static String widthText(Summary.Row row) {
        return row.value() == null || !Double.isFinite(row.halfWidth()) ? "" : Units.percent(row.halfWidth());
    }

    private static Cell value(Summary.Row row) {
        return row.value() == null ? Cell.of(row.verdict().equals(Summary.FAILED) ? "failed" : "-", Style.ALERT)
                : Cell.of(valueText(row));
    }

    private static Cell width(Summary.Row row) {
        String text = widthText(row);
        return row.converged() ? Cell.of(text) : Cell.of(text + NOT_CONVERGED, Style.ALERT);
    }

    private static Cell verdict(Summary.Row row) {
        return switch (row.verdict()) {
            case Summary.FASTER -> Cell.of(row.phrase(), Style.GOOD);
            case Summary.SLOWER -> Cell.of(row.phrase(), Style.BAD);
            case Summary.FAILED -> Cell.of(row.phrase(), Style.ALERT);
            default -> Cell.of(row.phrase(), Style.DIM);
        };
    }
}
