package zmqbench.run;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import zmqbench.results.Estimate;
import zmqbench.stats.Headline;
import zmqbench.stats.MarginVerdict;
import zmqbench.stats.SliceStats;
import zmqbench.stats.ToDecide;

/**
 * When a cell's slice rounds stop: once every row's ratio to the baseline is decided at the
 * margin (its 95% interval wholly inside or wholly outside 1 ± margin), or, without a baseline,
 * once every row's headline figure is known to the precision; once every ratio still open is one
 * more rounds cannot decide, its pairs differing by more than its distance to the bound
 * ({@link #pairsDiffer}); else when another round would overrun the cell's share of the time
 * budget, or at the most rounds. Never before the fewest rounds, which keep Student's t from
 * inflating the first intervals.
 */
final class SliceStop {

    /** Rounds every sliced cell runs at least: t(4) = 2.78, and four differences of disturbed-free slices. */
    static final int MIN_ROUNDS = 5;
    /** A bound for the loop when no time budget is set. */
    static final int MAX_ROUNDS = 500;
    /**
     * Rounds before a ratio may be found beyond more rounds: the forks' part comes from few forks and
     * is noisy early (in eleven recorded default runs, a ratio found so from round 10 on was decided
     * in the end once in 25, from round 15 on never in 16).
     */
    static final int PAIRS_DIFFER_FROM = 15;
    /** Rounds in a row a ratio must be found beyond more rounds before its row rests for it. */
    static final int PAIRS_DIFFER_ROUNDS = 3;

    /** Why a cell's slice rounds stopped. */
    enum Reason {
        /** Every ratio decided at the margin (or every figure at the precision, without a baseline). */
        DECIDED,
        /** Every ratio still open is one more rounds cannot decide: its pairs differ too much. */
        PAIRS_DIFFER,
        MAX_ROUNDS,
        TIME_BUDGET
    }

    private final String baseline;
    private final double margin;
    private final double precision;

    /**
     * @param baseline the row ratios are taken against, or null
     * @param margin the verdicts' margin (0.05: ±5%)
     * @param precision without a baseline: the headline's relative half-width to reach
     */
    SliceStop(String baseline, double margin, double precision) {
        this.baseline = baseline;
        this.margin = margin;
        this.precision = precision;
    }

    /** The row ratios are taken against, or null. */
    String baseline() {
        return baseline;
    }

    /**
     * The reason to stop after {@code rounds}, or null for another round.
     *
     * @param open the rows not yet decided, as {@link #open} gives them
     * @param beyondRounds the open rows more rounds cannot decide, as {@link #pairsDiffer} found them
     * @param lastRoundNs the last round's length: the next is expected to take as long
     * @param deadline the clock reading the cell's share of the budget ends at
     */
    Reason stop(Map<String, String> open, Set<String> beyondRounds, int rounds, long now, long lastRoundNs,
                long deadline) {
        if (rounds < MIN_ROUNDS) {
            return null;
        }
        if (open.isEmpty()) {
            return Reason.DECIDED;
        }
        if (beyondRounds.containsAll(open.keySet())) {
            return Reason.PAIRS_DIFFER;
        }
        if (rounds >= MAX_ROUNDS) {
            return Reason.MAX_ROUNDS;
        }
        return now + lastRoundNs > deadline ? Reason.TIME_BUDGET : null;
    }

    /**
     * The rows that need no more slices for now: decided at the end of this round and the one
     * before (in neither {@code now} nor {@code before}, those rounds' open rows), from
     * {@link #MIN_ROUNDS} on, and the open rows more rounds cannot decide ({@code beyondRounds});
     * never the baseline, whose slices every ratio needs. Two rounds, not one, so that an interval
     * that touches a bound by chance does not end a row's slices. A row that opens again (the
     * baseline's slices move its ratio) is sliced again.
     */
    Set<String> resting(Set<String> rows, Map<String, String> before, Map<String, String> now,
                        Set<String> beyondRounds, int rounds) {
        Set<String> resting = new HashSet<>();
        if (rounds < MIN_ROUNDS) {
            return resting;
        }
        for (String row : rows) {
            boolean decided = !before.containsKey(row) && !now.containsKey(row);
            if (!row.equals(baseline) && (decided || beyondRounds.contains(row))) {
                resting.add(row);
            }
        }
        return resting;
    }

    /**
     * The open rows whose ratio more rounds cannot decide this round: the forks' part of its variance
     * alone is wider than its centre's distance to the bound it reaches across
     * ({@link ToDecide#roundsFactor()} infinite). Only a fork more would narrow it.
     */
    Set<String> pairsDiffer(Map<String, double[][]> headline, Map<String, String> open) {
        Set<String> rows = new HashSet<>();
        double[][] base = baseline == null ? null : headline.get(baseline);
        if (base == null) {
            return rows;
        }
        for (String row : open.keySet()) {
            double[][] values = headline.get(row);
            if (values == null) {
                continue;
            }
            ToDecide toDecide = ToDecide.of(SliceStats.ratio(values, base), margin, SliceStats.split(values, base));
            if (toDecide != null && Double.isInfinite(toDecide.roundsFactor())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The row that should get another fork after {@code round}, or null: from {@link #MIN_ROUNDS}
     * on, among the open ratios whose forks' part of the variance is larger than their rounds' part
     * (more slices cannot narrow them), the one with the largest forks' part; the fork goes to
     * whichever side's forks differ more, the row or the baseline, if {@code mayStart} allows it.
     */
    String anotherFork(Map<String, double[][]> headline, Map<String, String> open, int round,
                       Predicate<String> mayStart) {
        double[][] base = baseline == null ? null : headline.get(baseline);
        if (base == null || round < MIN_ROUNDS) {
            return null;
        }
        String chosen = null;
        double largest = 0.0;
        for (String row : open.keySet()) {
            double[][] values = headline.get(row);
            SliceStats.Split split = values == null ? null : SliceStats.split(values, base);
            if (split == null || !split.forksDominate() || !(split.forks() > largest)) {
                continue;
            }
            String side = split.baselineForks() > split.rowForks() ? baseline : row;
            if (mayStart.test(side)) {
                chosen = side;
                largest = split.forks();
            }
        }
        return chosen;
    }

    /**
     * The rows not yet decided, each with what it says now ("undecided [0.93, 1.08]", or the
     * relative half-width its figure reached without a baseline).
     */
    Map<String, String> open(Map<String, double[][]> headline) {
        Map<String, String> open = new LinkedHashMap<>();
        double[][] base = baseline == null ? null : headline.get(baseline);
        for (Map.Entry<String, double[][]> row : headline.entrySet()) {
            if (base != null) {
                if (row.getKey().equals(baseline)) {
                    continue;
                }
                Estimate ratio = SliceStats.ratio(row.getValue(), base);
                MarginVerdict verdict = MarginVerdict.of(ratio, margin);
                if (!verdict.decided()) {
                    open.put(row.getKey(), verdict.describe(ratio, margin, ""));
                }
            } else {
                Estimate figure = SliceStats.absolute(row.getValue());
                double halfWidth = figure == null ? Double.POSITIVE_INFINITY : Headline.relativeHalfWidth(figure);
                if (!(halfWidth <= precision)) {
                    open.put(row.getKey(), String.format(Locale.ROOT, "±%.1f%%", 100 * halfWidth));
                }
            }
        }
        return open;
    }
}
