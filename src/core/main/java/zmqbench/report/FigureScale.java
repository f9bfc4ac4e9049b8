package zmqbench.report;

import zmqbench.report.units.Unit;
import zmqbench.results.Figure;

/**
 * The unit a chart draws a figure in: the unit the tables print it in ({@link Unit}: times in µs,
 * memory in MiB), so that no axis reads 140k ns.
 *
 * @param divisor what a stored value is divided by to be in {@code unit}
 */
record FigureScale(double divisor, String unit) {

    static FigureScale of(Figure figure) {
        Unit unit = Unit.of(figure);
        return new FigureScale(unit.divisor(), unit.label().isEmpty() ? figure.unit() : unit.label());
    }
    /** A stored value in this unit, for an axis. */
    double scaled(double stored) {
        return stored / divisor;
    }

    /** A stored value with its unit, for a tooltip: "77.02 µs", "3.68M msg/s". */
    String text(double stored) {
        return HtmlNumbers.compact(scaled(stored)) + " " + unit;
    }
}
