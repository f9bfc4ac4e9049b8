package zmqbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;

/**
 * The interval of a ratio from paired forks: a comparison runs every backend of a cell once per
 * round, back to back, so the two forks of one round saw the same state of the machine. The
 * per-round ratios a<sub>r</sub>/b<sub>r</sub> cancel drift shared within a round, which
 * independent forks (Welch's interval in {@link Ratio}) cannot. The interval is Student's t on
 * their logarithms, exp(mean ln(a/b) ± t<sub>0.975, n-1</sub>·s/√n), n the rounds both sides have
 * an ok value in.
 */
final class PairedRatio {

    private PairedRatio() {
    }

    /**
     * The interval around {@code point} from the rounds both sides share, or null when fewer than 2
     * rounds pair up (forks without a recorded round never do) or a value is not positive.
     */
    static Estimate of(double point, List<ForkResult> cell, List<ForkResult> baseline, Figure figure,
                       int sizeBytes) {
        return of(point, byRound(cell, figure, sizeBytes), byRound(baseline, figure, sizeBytes));
    }

    /**
     * The interval around {@code point} from the rounds both maps (round to value) share, or null
     * when fewer than 2 rounds pair up or a value is not positive.
     */
    static Estimate of(double point, Map<Integer, Double> a, Map<Integer, Double> b) {
        List<Double> logs = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : a.entrySet()) {
            Double other = b.get(entry.getKey());
            if (other == null) {
                continue;
            }
            if (!(entry.getValue() > 0.0) || !(other > 0.0)) {
                return null;
            }
            logs.add(Math.log(entry.getValue() / other));
        }
        int n = logs.size();
        if (n < 2) {
            return null;
        }
        double mean = logs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = logs.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double halfWidth = StudentT.quantile975(n - 1) * Math.sqrt(squares / (n - 1) / n);
        return new Estimate(point, Math.min(point, Math.exp(mean - halfWidth)),
                Math.max(point, Math.exp(mean + halfWidth)), n);
    }

    /** Each recorded round's value of {@code figure}, from ok forks only. */
    private static Map<Integer, Double> byRound(List<ForkResult> forks, Figure figure, int sizeBytes) {
        Map<Integer, Double> values = new TreeMap<>();
        for (ForkResult fork : forks) {
            if (fork.round() <= 0 || !fork.ok()) {
                continue;
            }
            OptionalDouble value = ForkFigures.value(fork, figure, sizeBytes);
            if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
                values.put(fork.round(), value.getAsDouble());
            }
        }
        return values;
    }
}
