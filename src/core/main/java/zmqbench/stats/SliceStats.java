package zmqbench.stats;

import java.util.ArrayList;
import java.util.List;
import zmqbench.results.Estimate;

/**
 * Intervals from slices: every backend's worker pairs (forks) measured in short slices, one slice
 * of every pair per round, the rounds' order shuffled. Values are held as {@code [fork][round]}
 * (NaN where a pair has no value in a round) and taken as log-normal: speeds and times vary by
 * factors.
 *
 * <p>Two levels of variation, as in JMH's forks × iterations: slices within a fork (the machine's
 * weather and the slice's own noise), and forks within a backend (what differs between fresh
 * processes: code layout, addresses, placement). Rounds are blocks: a slice of the baseline
 * measured a fraction of a second away shares a round's weather, which cancels in the ratio.
 * <ul>
 *   <li>Per round r, the mean of the logs over a backend's forks, z<sub>r</sub>; for a ratio the
 *       difference d<sub>r</sub> = z<sub>r</sub> − z<sub>r</sub>(baseline).</li>
 *   <li>Rounds: var(d)/R, with R − 1 degrees of freedom.</li>
 *   <li>Forks: a two-way analysis of variance per side (fork × round, rounds as blocks) gives the
 *       forks' variance σ²<sub>fork</sub> = max(0, (MS<sub>fork</sub> − MS<sub>res</sub>) / R), the
 *       unbiased estimate truncated at 0, added as σ²<sub>fork</sub>/F. A ratio pools the two sides'
 *       sums of squares (the same processes on the same machine) and adds σ²<sub>fork</sub> · (1/F +
 *       1/F<sub>baseline</sub>), with their forks' degrees of freedom. No pretest decides whether
 *       forks differ: forks that differ little add little, and forks that differ much widen the
 *       interval with few degrees of freedom, as they should.</li>
 *   <li>The interval: exp(mean ± t·√(sum)), t at the Welch–Satterthwaite degrees of freedom of the
 *       sum. Its centre, exp(mean of the logs), estimates the median of log-normal slices.</li>
 * </ul>
 * {@link Estimate#forks()} holds the rounds the estimate comes from.
 */
public final class SliceStats {

    private SliceStats() {
    }

    /** One backend's figure from its slices; null when no round has a positive value. */
    public static Estimate absolute(double[][] values) {
        double[][] logs = logs(values);
        List<Double> rounds = new ArrayList<>();
        for (double value : roundMeans(logs)) {
            if (!Double.isNaN(value)) {
                rounds.add(value);
            }
        }
        return interval(rounds, forkPart(logs));
    }

    /**
     * The ratio of a backend's figure to the baseline's, round by round; null when fewer than one
     * round has values on both sides.
     */
    public static Estimate ratio(double[][] values, double[][] baseline) {
        double[][] logs = logs(values);
        double[][] baseLogs = logs(baseline);
        double[] z = roundMeans(logs);
        double[] zBase = roundMeans(baseLogs);
        List<Double> differences = new ArrayList<>();
        for (int r = 0; r < Math.min(z.length, zBase.length); r++) {
            if (!Double.isNaN(z[r]) && !Double.isNaN(zBase[r])) {
                differences.add(z[r] - zBase[r]);
            }
        }
        Squares pooled = squares(logs).plus(squares(baseLogs));
        double forkVariance = pooled.forkVariance()
                * (1.0 / Math.max(1, logs.length) + 1.0 / Math.max(1, baseLogs.length));
        return interval(differences, new Part(forkVariance, pooled.forkDf()));
    }

    /** A variance with its degrees of freedom (0: no part). */
    record Part(double variance, int degreesOfFreedom) {
    }

    /** The rounds' mean with its interval; the rounds' part and the forks' combined (Welch–Satterthwaite). */
    private static Estimate interval(List<Double> rounds, Part forks) {
        int n = rounds.size();
        if (n == 0) {
            return null;
        }
        double mean = rounds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double center = Math.exp(mean);
        if (n < 2) {
            return new Estimate(center, 0.0, Double.POSITIVE_INFINITY, n);
        }
        double squares = 0.0;
        for (double value : rounds) {
            squares += (value - mean) * (value - mean);
        }
        Part roundPart = new Part(squares / (n - 1) / n, n - 1);
        double variance = 0.0;
        double denominator = 0.0;
        for (Part part : List.of(roundPart, forks)) {
            variance += part.variance();
            if (part.degreesOfFreedom() > 0) {
                denominator += part.variance() * part.variance() / part.degreesOfFreedom();
            }
        }
        int df = denominator > 0.0 ? Math.max(1, (int) Math.floor(variance * variance / denominator)) : n - 1;
        double halfWidth = StudentT.quantile975(df) * Math.sqrt(variance);
        return new Estimate(center, Math.exp(mean - halfWidth), Math.exp(mean + halfWidth), n);
    }

    /** A side's fork and residual sums of squares (two-way, fork × round), with their degrees of freedom. */
    record Squares(double fork, int forkDf, double residual, int residualDf, int rounds) {
        static final Squares NONE = new Squares(0.0, 0, 0.0, 0, 0);

        Squares plus(Squares other) {
            return new Squares(fork + other.fork, forkDf + other.forkDf, residual + other.residual,
                    residualDf + other.residualDf, Math.max(rounds, other.rounds));
        }

        /** σ²<sub>fork</sub>: the forks' variance beyond their slices', truncated at 0; 0 with no fork df. */
        double forkVariance() {
            if (forkDf == 0 || residualDf == 0) {
                return 0.0;
            }
            return Math.max(0.0, (fork / forkDf - residual / residualDf) / rounds);
        }
    }

    /** The forks' part of a mean over {@code forks} forks: σ²<sub>fork</sub>/F, with the forks' df. */
    static Part forkPart(double[][] logs) {
        Squares squares = squares(logs);
        return new Part(squares.forkVariance() / Math.max(1, logs.length), squares.forkDf());
    }

    /**
     * The sums of squares from the rounds in which every fork has a value; none with fewer than 2
     * forks or 2 such rounds.
     */
    static Squares squares(double[][] logs) {
        int forks = logs.length;
        List<Integer> complete = new ArrayList<>();
        int roundCount = forks == 0 ? 0 : logs[0].length;
        for (double[] row : logs) {
            roundCount = Math.min(roundCount, row.length);
        }
        for (int r = 0; r < roundCount; r++) {
            boolean all = true;
            for (double[] row : logs) {
                all &= !Double.isNaN(row[r]);
            }
            if (all) {
                complete.add(r);
            }
        }
        int rounds = complete.size();
        if (forks < 2 || rounds < 2) {
            return Squares.NONE;
        }
        double grand = 0.0;
        double[] forkMeans = new double[forks];
        double[] roundMeans = new double[rounds];
        for (int f = 0; f < forks; f++) {
            for (int i = 0; i < rounds; i++) {
                double value = logs[f][complete.get(i)];
                forkMeans[f] += value / rounds;
                roundMeans[i] += value / forks;
                grand += value / (forks * (double) rounds);
            }
        }
        double forkSquares = 0.0;
        for (double mean : forkMeans) {
            forkSquares += rounds * (mean - grand) * (mean - grand);
        }
        double residualSquares = 0.0;
        for (int f = 0; f < forks; f++) {
            for (int i = 0; i < rounds; i++) {
                double residual = logs[f][complete.get(i)] - forkMeans[f] - roundMeans[i] + grand;
                residualSquares += residual * residual;
            }
        }
        return new Squares(forkSquares, forks - 1, residualSquares, (forks - 1) * (rounds - 1), rounds);
    }

    /** Per round, the mean over the forks that have a value there; NaN where none has. */
    static double[] roundMeans(double[][] logs) {
        int rounds = 0;
        for (double[] row : logs) {
            rounds = Math.max(rounds, row.length);
        }
        double[] means = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double sum = 0.0;
            int count = 0;
            for (double[] row : logs) {
                if (r < row.length && !Double.isNaN(row[r])) {
                    sum += row[r];
                    count++;
                }
            }
            means[r] = count == 0 ? Double.NaN : sum / count;
        }
        return means;
    }

    /** Natural logarithms; a value that is not positive (or NaN) becomes NaN: no value. */
    private static double[][] logs(double[][] values) {
        double[][] logs = new double[values.length][];
        for (int f = 0; f < values.length; f++) {
            logs[f] = new double[values[f].length];
            for (int r = 0; r < values[f].length; r++) {
                logs[f][r] = values[f][r] > 0.0 ? Math.log(values[f][r]) : Double.NaN;
            }
        }
        return logs;
    }
}
