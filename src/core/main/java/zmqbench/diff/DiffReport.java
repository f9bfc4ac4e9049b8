package zmqbench.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import zmqbench.report.FigureLabels;
import zmqbench.report.ResultGrid;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Style;
import zmqbench.report.text.Table;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.Estimate;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;

/**
 * A {@link SetDiff} for people, into a {@link DiffDocument} (terminal text, Markdown or HTML): a
 * summary line, a table per scenario of the figures (or ratios to the baseline) that changed
 * significantly (all of them with {@code all}), the cells whose status changed, cells only one set
 * has, what was compared, and the gate's verdict.
 */
final class DiffReport {

    private final boolean all;

    /** @param all also list the figures whose change is not significant */
    DiffReport(boolean all) {
        this.all = all;
    }

    /** Writes the diff; {@code gate} may be null (no threshold given). */
    void write(SetDiff diff, RegressionGate gate, String nameBefore, String nameAfter, DiffDocument doc) {
        doc.title("zmqbench diff");
        doc.paragraph("A: " + nameBefore + " (" + describe(diff.before()) + ")");
        doc.paragraph("B: " + nameAfter + " (" + describe(diff.after()) + ")");
        if (!diff.forcedDespite().isEmpty()) {
            doc.paragraph("WARNING: compared although the sets were measured differently: "
                    + String.join("; ", diff.forcedDespite()));
        }
        if (diff.fallback() != null) {
            doc.paragraph(diff.fallback());
        }
        doc.paragraph(summary(diff));
        for (Table table : changeTables(diff)) {
            doc.gap();
            doc.table(table);
        }
        if (!diff.statusChanges().isEmpty()) {
            doc.gap();
            doc.table(statusTable(diff.statusChanges()));
        }
        list(doc, "Only in A (not compared):", diff.onlyBefore());
        list(doc, "Only in B (not compared):", diff.onlyAfter());
        doc.gap();
        footnotes(doc, diff.baseline());
        if (gate != null) {
            doc.paragraph(gateLine(diff, gate));
        }
        doc.end();
    }

    /** How the change was computed, and with a baseline which rows were not compared as ratios. */
    private static void footnotes(DiffDocument doc, String baseline) {
        String verdicts = "; improved or regressed only when the interval excludes 0, else ~ same.";
        if (baseline == null) {
            doc.paragraph("change = B/A - 1 of the medians across forks, with its 95% interval (Welch t on both"
                    + " sets' forks' logarithms)" + verdicts);
            return;
        }
        doc.paragraph("change = B/A - 1 of each backend's ratio to " + baseline + " in its own set (1.20x), where the"
                + " machine's drift between the runs cancels, with a 95% interval from both ratios' (log scale,"
                + " half-widths in quadrature)" + verdicts + " Rows without a ratio in both sets (a figure " + baseline
                + " lacks, or " + baseline + "'s cell failed) compare absolute figures (plain numbers).");
        doc.paragraph(baseline + "'s own rows are the baseline: they have no ratio and are not compared "
                + "(--absolute compares absolute figures).");
    }

    static String summary(SetDiff diff) {
        long cells = diff.changes().stream().map(c -> c.backend() + c.key()).distinct().count();
        if (diff.nothingChanged()) {
            return "No significant change: " + diff.changes().size() + " figures in " + cells
                    + " cells compared, every change within noise; no cell changed status.";
        }
        return diff.count(Verdict.REGRESSED) + " regressed, " + diff.count(Verdict.IMPROVED) + " improved, "
                + diff.count(Verdict.NOT_SIGNIFICANT) + " within noise (" + diff.changes().size() + " figures in "
                + cells + " cells); " + diff.statusChanges().size() + " cells changed status.";
    }

    private static String gateLine(SetDiff diff, RegressionGate gate) {
        List<FigureChange> failures = gate.failures(diff);
        List<StatusChange> broken = gate.broken(diff);
        String threshold = BigDecimal.valueOf(gate.thresholdPercent()).stripTrailingZeros().toPlainString() + "%";
        if (failures.isEmpty() && broken.isEmpty()) {
            return "PASSED: no figure regressed significantly by more than " + threshold + ", no cell broke.";
        }
        List<String> reasons = new ArrayList<>();
        for (FigureChange failure : failures) {
            reasons.add(failure.backend() + " " + failure.key().label() + " " + FigureLabels.shortName(failure.figure())
                    + " " + Units.change(failure.change().median()));
        }
        for (StatusChange change : broken) {
            reasons.add(change.backend() + " " + change.key().label() + " now " + change.after());
        }
        return "FAILED: " + failures.size() + " regressions beyond " + threshold + " and " + broken.size()
                + " broken cells: " + String.join("; ", reasons);
    }

    private List<Table> changeTables(SetDiff diff) {
        List<String> backends = ResultGrid.of(diff.before()).backends();
        List<FigureChange> shown = diff.changes().stream()
                .filter(c -> all || c.verdict() != Verdict.NOT_SIGNIFICANT)
                .sorted(Comparator.comparing((FigureChange c) -> c.key(), ResultGrid.KEY_ORDER)
                        .thenComparingInt(c -> backends.indexOf(c.backend()))
                        .thenComparing(FigureChange::figure))
                .collect(Collectors.toList());
        List<ScenarioKind> scenarios = shown.stream().map(c -> c.key().scenario()).distinct()
                .sorted(ResultGrid.SCENARIO_ORDER).collect(Collectors.toList());
        List<Table> tables = new ArrayList<>();
        for (ScenarioKind scenario : scenarios) {
            List<FigureChange> rows = shown.stream().filter(c -> c.key().scenario() == scenario)
                    .collect(Collectors.toList());
            Set<LabelPart> parts = rows.stream().anyMatch(c -> c.key().hwm() >= 0)
                    ? Set.of(LabelPart.PATTERN, LabelPart.DEFAULT_HWM) : Set.of(LabelPart.PATTERN);
            List<Column> columns = new ArrayList<>(List.of(Column.key("backend", false), Column.key("cell", false),
                    Column.key("figure", false), Column.key("A", true), Column.key("B", true),
                    Column.key("change", true), Column.key("95% interval", true), Column.key("verdict", false)));
            List<List<Cell>> cells = new ArrayList<>();
            for (FigureChange change : rows) {
                Style style = style(change.verdict());
                cells.add(List.of(Cell.of(change.backend()), Cell.of(change.key().label(parts)),
                        Cell.of(FigureLabels.shortName(change.figure())), Cell.of(value(change, change.before())),
                        Cell.of(value(change, change.after())),
                        Cell.of(Units.change(change.change().median()), style),
                        Cell.of(interval(change.change())), Cell.of(change.verdict().label(), style)));
            }
            String title = scenario.cliName() + ": " + (all ? "every figure" : "significant changes")
                    + (diff.baseline() == null ? "" : " of the ratios to " + diff.baseline()) + ", A to B";
            tables.add(new Table(title, columns, cells, false));
        }
        return tables;
    }

    private static Table statusTable(List<StatusChange> changes) {
        List<Column> columns = List.of(Column.key("backend", false), Column.key("cell", false),
                Column.key("status in A", false), Column.key("status in B", false));
        List<List<Cell>> rows = new ArrayList<>();
        for (StatusChange change : changes) {
            rows.add(List.of(Cell.of(change.backend()), Cell.of(change.key().label()), Cell.of(change.before()),
                    Cell.of(change.after(), change.broke() ? Style.BAD : Style.GOOD)));
        }
        return new Table("cells whose status changed", columns, rows, false);
    }

    /** One side of a change: a ratio to the baseline ("1.20x"), or the absolute median in the figure's unit. */
    private static String value(FigureChange change, Estimate side) {
        if (side == null) {
            return "-";
        }
        return change.against() != null ? Units.ratio(side.median())
                : Units.number(side.median(), Unit.of(change.figure()));
    }

    private static String interval(Estimate change) {
        String lower = Units.change(change.lower());
        String upper = Units.change(change.upper());
        return lower.substring(0, lower.length() - 1) + ".." + upper;
    }

    private static Style style(Verdict verdict) {
        switch (verdict) {
            case IMPROVED:
                return Style.GOOD;
            case REGRESSED:
                return Style.BAD;
            default:
                return Style.DIM;
        }
    }

    private static String describe(ResultSet set) {
        return "zmqbench " + set.toolVersion() + ", " + set.createdAt() + ", " + set.cells().size() + " cells"
                + (set.complete() ? "" : ", INTERRUPTED");
    }

    private static void list(DiffDocument doc, String heading, List<String> items) {
        if (!items.isEmpty()) {
            doc.gap();
            doc.list(heading + " " + items.size() + " cells", items);
        }
    }
}
