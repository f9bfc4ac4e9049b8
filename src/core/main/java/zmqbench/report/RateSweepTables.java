package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.report.text.Cell;
import zmqbench.report.text.Column;
import zmqbench.report.text.Style;
import zmqbench.report.text.Table;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.results.Estimate;
import zmqbench.sweep.BackendSweep;
import zmqbench.sweep.RateSweep;
import zmqbench.sweep.SweepStep;

/** A rate sweep's two tables, for the terminal, Markdown and HTML: the knee per backend, then every step. */
final class RateSweepTables {

    private RateSweepTables() {
    }

    /** One row per backend: the highest rate that held the limit, the p99 there, and why the ladder ended. */
    static Table knees(RateSweep sweep) {
        List<Column> columns = List.of(Column.key("backend", false), new Column("knee, msg/s", true, 0),
                new Column("p99 there, µs, 95% interval", true, 0), new Column("achieved, %", true, 0),
                new Column("ladder ended", false, 0));
        List<List<Cell>> rows = new ArrayList<>();
        for (BackendSweep backend : sweep.backends()) {
            SweepStep knee = backend.knee();
            rows.add(List.of(Cell.of(backend.backend()),
                    knee == null ? Cell.of("below " + rate(sweep.rates().get(0)), Style.ALERT)
                            : Cell.of(rate(knee.rate())),
                    Cell.of(knee == null ? "" : micros(knee.p99Ns())),
                    Cell.of(knee == null ? "" : percent(knee.achievedPercent())),
                    Cell.of(backend.stop(), backend.stopped() ? Style.PLAIN : Style.DIM)));
        }
        return new Table("Rate sweep, " + sweep.cell() + ": the knee, the highest offered rate whose corrected p99 "
                + "(median across forks) is at most " + limit(sweep), columns, rows, false);
    }

    /** One row per backend and step, in rising rate. */
    static Table steps(RateSweep sweep) {
        List<Column> columns = List.of(Column.key("backend", false), Column.key("offered, msg/s", true),
                new Column("p99, µs, 95% interval", true, 0), new Column("achieved, %", true, 0),
                new Column("verdict", false, 0));
        List<List<Cell>> rows = new ArrayList<>();
        for (BackendSweep backend : sweep.backends()) {
            boolean first = true;
            for (SweepStep step : backend.steps()) {
                rows.add(List.of(Cell.of(first ? backend.backend() : ""), Cell.of(rate(step.rate())),
                        Cell.of(step.p99Ns() == null ? "" : micros(step.p99Ns())),
                        Cell.of(percent(step.achievedPercent())),
                        Cell.of(step.holds() ? step.verdict().text() : step.verdict().text()
                                + (step.status().equals("ok") ? "" : ": " + step.status()),
                                step.holds() ? Style.PLAIN : Style.BAD)));
                first = false;
            }
        }
        return new Table("Rate sweep, every step: corrected p99 (from the intended send time) at each offered rate",
                columns, rows, false);
    }

    /** The limit in its largest whole unit: 500 µs, 1 ms. */
    static String limit(RateSweep sweep) {
        return HtmlNumbers.duration(sweep.p99LimitNs());
    }

    static String rate(long rate) {
        return Units.number(rate);
    }

    static String micros(Estimate ns) {
        return Units.estimate(ns, Unit.MICROSECONDS);
    }

    private static String percent(Estimate achieved) {
        return achieved == null ? "" : Units.number(achieved.median());
    }
}
