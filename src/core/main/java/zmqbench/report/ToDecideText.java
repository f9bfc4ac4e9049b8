package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zmqbench.report.units.Units;
import zmqbench.stats.ToDecide;

/**
 * For the summary's legend: what each undecided ratio would take to be decided, so that a reader
 * knows whether a longer run would answer it or whether it lies too near a bound for any run to.
 */
final class ToDecideText {

    /** Past this factor a figure says only that it is over it. */
    private static final double MOST_SHOWN = 1000.0;

    private ToDecideText() {
    }

    /** A heading and one line per undecided ratio; none when every ratio is decided. */
    static List<String> lines(List<Summary.Row> rows, double margin) {
        List<String> lines = new ArrayList<>();
        for (Summary.Row row : rows) {
            if (row.toDecide() != null) {
                lines.add(line(row, row.toDecide()));
            }
        }
        if (!lines.isEmpty()) {
            lines.add(0, "To decide at ±" + Units.percent(margin) + " (an estimate: a variance falls as one over "
                    + "the data; t and the centre as they are):");
        }
        return lines;
    }

    private static String line(Summary.Row row, ToDecide toDecide) {
        String what = "- " + row.backend() + " " + Summary.shortName(row.figure()) + ", "
                + row.key().scenario().cliName() + " " + row.key().label(Set.of()) + ": "
                + Units.ratio(row.ratio().median()) + " lies " + Units.percent(toDecide.distance()) + " from "
                + String.format(Locale.ROOT, "%.2f", toDecide.bound());
        if (Double.isInfinite(toDecide.dataFactor())) {
            return what + ": no run decides it at this margin; read its interval";
        }
        if (Double.isNaN(toDecide.roundsFactor())) {
            return what + ": " + factor(toDecide.dataFactor()) + " this run's forks";
        }
        if (Double.isInfinite(toDecide.roundsFactor())) {
            return what + ": " + factor(toDecide.dataFactor()) + " this run's pairs and rounds (rounds alone "
                    + "cannot: its pairs differ by more)";
        }
        return what + ": " + factor(toDecide.roundsFactor()) + " this run's rounds";
    }

    /** "about 3.1x", "about 20x", "over 1000x". */
    static String factor(double factor) {
        if (factor > MOST_SHOWN) {
            return String.format(Locale.ROOT, "over %.0fx", MOST_SHOWN);
        }
        return String.format(Locale.ROOT, factor < 9.95 ? "about %.1fx" : "about %.0fx", factor);
    }
}
