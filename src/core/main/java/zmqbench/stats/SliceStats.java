package zmqbench.stats;

import java.util.ArrayList;
import java.util.Arrays;
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
 *   <li>A fork started later (a row whose forks differ gets another) has no value in the rounds
 *       before it: the sums of squares come from the rounds every fork has a value in, leaving out
 *       the latest forks while too few rounds would remain, and F is the forks' effective number,
 *       1/Σw<sub>f</sub><sup>2</sup>, w<sub>f</sub> a fork's weight in the mean of the rounds'
 *       means (equal forks in every round: F).</li>
 *   <li>The interval: exp(mean ± t·√(sum)), t at the Welch–Satterthwaite degrees of freedom of the
 *       sum. Its centre, exp(mean of the logs), estimates the median of log-normal slices.</li>
 * </ul>
 * {@link Estimate#forks()} holds the rounds the estimate comes from.
 */
public final class SliceStats {

    /** Rounds a fork-by-round table needs before the forks' variance is estimated from it. */
    private static final int MIN_COMPLETE_ROUNDS = 3;

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
        List<Double> differences = differences(logs, baseLogs);
        return interval(differences, pooledForkPart(squares(logs), squares(baseLogs), effectiveForks(logs),
                effectiveForks(baseLogs)));
    }

    /**
     * Where a ratio's uncertainty lies: the rounds' part (var(d)/R), the forks' part as the
     * interval takes it, and each side's own σ²<sub>fork</sub>/F; null when fewer than two rounds
     * pair up. The forks' part is the one more slices cannot narrow, only more forks.
     */
    public static Split split(double[][] values, double[][] baseline) {
        double[][] logs = logs(values);
        double[][] baseLogs = logs(baseline);
        List<Double> differences = differences(logs, baseLogs);
        if (differences.size() < 2) {
            return null;
        }
        Squares own = squares(logs);
        Squares base = squares(baseLogs);
        double forks = effectiveForks(logs);
        double baseForks = effectiveForks(baseLogs);
        return new Split(roundPart(differences).variance(), pooledForkPart(own, base, forks, baseForks).variance(),
                own.forkVariance() / forks, base.forkVariance() / baseForks);
    }

    /**
     * A ratio's variance by source.
     *
     * @param rounds the rounds' part, var(d)/R
     * @param forks the forks' part, both sides' σ²<sub>fork</sub> pooled
     * @param rowForks the row's own σ²<sub>fork</sub>/F
     * @param baselineForks the baseline's own σ²<sub>fork</sub>/F
     */
    public record Split(double rounds, double forks, double rowForks, double baselineForks) {

        /** True when the forks' part is the larger: another fork narrows the interval more than more rounds. */
        public boolean forksDominate() {
            return forks > rounds;
        }
    }

    /** Per round both sides have a value in, the difference of their round means (logs). */
    private static List<Double> differences(double[][] logs, double[][] baseLogs) {
        double[] z = roundMeans(logs);
        double[] zBase = roundMeans(baseLogs);
        List<Double> differences = new ArrayList<>();
        for (int r = 0; r < Math.min(z.length, zBase.length); r++) {
            if (!Double.isNaN(z[r]) && !Double.isNaN(zBase[r])) {
                differences.add(z[r] - zBase[r]);
            }
        }
        return differences;
    }

    /** A ratio's forks' part: the two sides' sums of squares pooled, over each side's effective forks. */
    private static Part pooledForkPart(Squares own, Squares base, double forks, double baseForks) {
        Squares pooled = own.plus(base);
        return new Part(pooled.forkVariance() * (1.0 / forks + 1.0 / baseForks), pooled.forkDf());
    }

    /** The rounds' part of a mean over {@code rounds} (at least two): var/R, with R − 1 degrees of freedom. */
    private static Part roundPart(List<Double> rounds) {
        int n = rounds.size();
        double mean = rounds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = 0.0;
        for (double value : rounds) {
            squares += (value - mean) * (value - mean);
        }
        return new Part(squares / (n - 1) / n, n - 1);
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
        double variance = 0.0;
        double denominator = 0.0;
        for (Part part : List.of(roundPart(rounds), forks)) {
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
        return new Part(squares.forkVariance() / effectiveForks(logs), squares.forkDf());
    }

    /**
     * 1/Σw<sub>f</sub><sup>2</sup>, w<sub>f</sub> fork f's weight in the mean of the round means
     * (each round's mean weighs its forks equally); at least 1.
     */
    static double effectiveForks(double[][] logs) {
        double[] weights = new double[logs.length];
        int rounds = 0;
        for (double[] row : logs) {
            rounds = Math.max(rounds, row.length);
        }
        int counted = 0;
        for (int r = 0; r < rounds; r++) {
            int present = 0;
            for (double[] row : logs) {
                present += r < row.length && !Double.isNaN(row[r]) ? 1 : 0;
            }
            if (present == 0) {
                continue;
            }
            counted++;
            for (int f = 0; f < logs.length; f++) {
                if (r < logs[f].length && !Double.isNaN(logs[f][r])) {
                    weights[f] += 1.0 / present;
                }
            }
        }
        if (counted == 0) {
            return 1.0;
        }
        double sumOfSquares = 0.0;
        for (double weight : weights) {
            sumOfSquares += (weight / counted) * (weight / counted);
        }
        return Math.max(1.0, 1.0 / sumOfSquares);
    }

    /**
     * The sums of squares from the rounds in which every fork has a value; while fewer than
     * {@value #MIN_COMPLETE_ROUNDS} such rounds remain and more than 2 forks do, the fork with the
     * fewest values (the latest started) is left out. None with fewer than 2 forks or 2 such rounds.
     */
    static Squares squares(double[][] logs) {
        double[][] kept = logs;
        while (kept.length > 2 && completeRounds(kept).size() < MIN_COMPLETE_ROUNDS) {
            kept = withoutSparsest(kept);
        }
        return balancedSquares(kept);
    }

    /** {@code logs} less the fork with the fewest values (the last of those tied). */
    private static double[][] withoutSparsest(double[][] logs) {
        int sparsest = 0;
        long fewest = Long.MAX_VALUE;
        for (int f = 0; f < logs.length; f++) {
            long count = Arrays.stream(logs[f]).filter(v -> !Double.isNaN(v)).count();
            if (count <= fewest) {
                fewest = count;
                sparsest = f;
            }
        }
        List<double[]> rest = new ArrayList<>(List.of(logs));
        rest.remove(sparsest);
        return rest.toArray(double[][]::new);
    }

    /** The rounds in which every fork has a value. */
    private static List<Integer> completeRounds(double[][] logs) {
        int roundCount = logs.length == 0 ? 0 : logs[0].length;
        for (double[] row : logs) {
            roundCount = Math.min(roundCount, row.length);
        }
        List<Integer> complete = new ArrayList<>();
        for (int r = 0; r < roundCount; r++) {
            boolean all = true;
            for (double[] row : logs) {
                all &= !Double.isNaN(row[r]);
            }
            if (all) {
                complete.add(r);
            }
        }
        return complete;
    }

    /** Two-way sums of squares (fork × round) over the rounds every fork has a value in. */
    private static Squares balancedSquares(double[][] logs) {
        int forks = logs.length;
        List<Integer> complete = completeRounds(logs);
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
