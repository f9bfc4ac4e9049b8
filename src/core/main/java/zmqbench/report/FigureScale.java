package zmqbench.report;

import zmqbench.report.units.Unit;
import zmqbench.results.Figure;

/**
 * The unit a chart draws a figure in: the unit the tables print it in (round trips in µs, memory in
 * MiB), and for other times in ns, µs once the values reach 10 000 ns, so that no axis reads 140k ns.
 *
 * @param divisor what a stored value is divided by to be in {@code unit}
 */
record FigureScale(double divisor, String unit) {

    static FigureScale of(Figure figure, double maxStored) {
        double divisor = Unit.of(figure).divisor();
        if (figure == Figure.PEAK_RSS_KB) {
            return new FigureScale(divisor, "MiB");
        }
        if ("ns".equals(figure.unit())) {
            return divisor != 1 || maxStored >= 10_000 ? new FigureScale(1000, "\u00b5s") : new FigureScale(1, "ns");
        }
        return new FigureScale(divisor, figure.unit());
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
