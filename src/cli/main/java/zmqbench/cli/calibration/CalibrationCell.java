package zmqbench.cli.calibration;

import java.util.Map;
import java.util.TreeMap;
import zmqbench.results.Estimate;
import zmqbench.results.Spread;
import zmqbench.stats.ForkStats;
import zmqbench.stats.Ratio;

/**
 * One calibrated figure (a backend, scenario and size): the tool's and the plain program's value
 * in each round, and the ratio tool/plain with its 95% interval from the rounds' paired ratios.
 */
final class CalibrationCell {

    /** The calibration's target: tool/plain within this fraction of 1. */
    static final double TOLERANCE = 0.05;

    /** Where the interval of the ratio lies against 1 ± {@link #TOLERANCE}. */
    enum Verdict { WITHIN, OUTSIDE, UNDECIDED }

    final String backend;
    final String scenario;
    final int size;
    private final Map<Integer, Double> tool = new TreeMap<>();
    private final Map<Integer, Double> plain = new TreeMap<>();

    CalibrationCell(String backend, String scenario, int size) {
        this.backend = backend;
        this.scenario = scenario;
        this.size = size;
    }

    void add(boolean fromTool, int round, double value) {
        (fromTool ? tool : plain).put(round, value);
    }

    /** Rounds with a value from both sides. */
    int rounds() {
        return (int) tool.keySet().stream().filter(plain::containsKey).count();
    }

    /** tool/plain: the ratio of the medians, with the paired interval; null before any pair. */
    Estimate ratio() {
        return rounds() == 0 ? null : Ratio.paired(tool, plain);
    }

    Estimate toolEstimate() {
        return estimate(tool);
    }

    Estimate plainEstimate() {
        return estimate(plain);
    }

    /** Definite once the interval lies wholly inside or wholly outside 1 ± {@link #TOLERANCE}. */
    Verdict verdict() {
        Estimate r = ratio();
        if (r == null || r.forks() < 2) {
            return Verdict.UNDECIDED;
        }
        if (r.lower() >= 1 - TOLERANCE && r.upper() <= 1 + TOLERANCE) {
            return Verdict.WITHIN;
        }
        return r.upper() < 1 - TOLERANCE || r.lower() > 1 + TOLERANCE ? Verdict.OUTSIDE : Verdict.UNDECIDED;
    }

    /** Whether another round is worth running: fewer than {@code minRounds}, or undecided below the cap. */
    boolean pending(int minRounds, int maxRounds) {
        int n = rounds();
        return n < minRounds || (n < maxRounds && verdict() == Verdict.UNDECIDED);
    }

    /** Standard deviation / mean of the tool's values across rounds: its round-to-round noise. */
    double toolSpread() {
        return coefficientOfVariation(tool);
    }

    /** As {@link #toolSpread()}, for the plain program: the machine's own noise. */
    double plainSpread() {
        return coefficientOfVariation(plain);
    }

    private static Estimate estimate(Map<Integer, Double> values) {
        return values.isEmpty() ? null
                : ForkStats.estimate(values.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** As a fraction; 0 with fewer than two rounds. */
    private static double coefficientOfVariation(Map<Integer, Double> values) {
        return Spread.cvPercent(values.values().stream().mapToDouble(Double::doubleValue).toArray()).orElse(0) / 100;
    }
}
