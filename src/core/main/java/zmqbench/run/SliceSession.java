package zmqbench.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import zmqbench.protocol.SliceRecord;
import zmqbench.results.CellKey;
import zmqbench.results.ForkResult;
import zmqbench.results.SliceResult;
import zmqbench.results.Weather;
import zmqbench.stats.ForkOrder;
import zmqbench.stats.Headline;
import zmqbench.stats.SliceFigures;
import zmqbench.threads.ThreadCosts;

/**
 * One sliced cell: every row's forks (the baseline's twice as many, {@link #startingForks}) started
 * and warmed up one at a time (the others wait blocked, using no CPU), then rounds of short slices,
 * every live fork once a round in a shuffled order, one pair running at a time, so that a backend
 * and its baseline are measured a fraction of a second apart, in the same weather. A slice that
 * other processes disturbed is kept, marked, and measured again at once (at most
 * {@link #REMEASURES} times). A row whose answer was known at the end of two rounds in a row rests
 * ({@link SliceStop#resting}): its pairs wait, and the rounds, shorter, go to the rows still open;
 * so does a row more rounds cannot decide (its pairs differ by more than its distance to the bound,
 * {@link #beyondRounds}), and when only such rows are open the cell stops.
 * A row whose ratio is open because its forks differ (each fresh process draws its own address
 * layout, and with it its speed) gets another fork, warmed up between two rounds, while the budget
 * leaves room ({@link SliceStop#anotherFork}). Rounds stop as {@link SliceStop} says.
 */
final class SliceSession {

    /** Untimed messages before each slice's timed ones: caches and wake-up paths warm again after the wait. */
    static final long PREROLL_MS = 10;
    /** The baseline starts this many times {@code --forks} pairs ({@link #startingForks}). */
    static final int BASELINE_FORKS = 2;
    /** A disturbed slice is measured again at most this often in its round; the last try is kept as it is. */
    static final int REMEASURES = 2;
    /** A slice's size follows the pair's rate, by at most this factor from one slice to the next. */
    private static final double MAX_RESIZE = 2.0;
    /** Room after the budget for a pair to end its stream and report. */
    private static final long FINISH_ALLOWANCE_MS = 30_000;

    /** What a sliced cell ran: each row's forks, and its rounds. */
    record Outcome(Map<String, List<ForkOutcome>> forks, int rounds, String stop, int slices, int disturbed,
                   int forksAdded, Map<String, String> open, Map<String, Double> waitingCpuShare) {
    }

    private final Comparison.Listener listener;
    private final LongSupplier clock;
    private final WeatherProbe weather;
    private final long sliceNs;
    private final int forks;
    private final int maxForks;
    private final SliceStop stopRule;

    /**
     * @param forks worker pairs every row starts with
     * @param maxForks the most a row may have: one whose forks differ more than its rounds do gets
     *                 another while the budget leaves room for its warm-up and a few rounds
     */
    SliceSession(Comparison.Listener listener, LongSupplier clock, WeatherProbe weather, long sliceMs, int forks,
                 int maxForks, SliceStop stopRule) {
        this.listener = listener;
        this.clock = clock;
        this.weather = weather;
        this.sliceNs = TimeUnit.MILLISECONDS.toNanos(sliceMs);
        this.forks = forks;
        this.maxForks = maxForks;
        this.stopRule = stopRule;
    }

    /**
     * A live fork: its pair, its slice size, its slices so far, each peer's threads over them, and
     * its CPU while waiting.
     */
    private static final class Live {
        final String row;
        final int fork;
        final SlicedPair pair;
        final List<SliceResult> slices = new ArrayList<>();
        List<ThreadCosts> peerThreads = List.of();
        long messages;
        long preroll;
        WeatherProbe.Reading lastAfter;
        long waitingRunNs;
        long waitingWallNs;

        Live(String row, int fork, SlicedPair pair, double ratePerSecond, long sliceNs) {
            this.row = row;
            this.fork = fork;
            this.pair = pair;
            this.messages = Math.max(1, Math.round(ratePerSecond * sliceNs / 1e9));
            this.preroll = Math.max(1, Math.round(ratePerSecond * PREROLL_MS / 1e3));
        }

        String label() {
            return row + "#" + fork;
        }
    }

    Outcome run(ForkSource source, CellKey key, Map<String, BackendPair> rows, long seed, long deadline)
            throws InterruptedException {
        Map<String, List<ForkOutcome>> outcomes = new LinkedHashMap<>();
        rows.keySet().forEach(row -> outcomes.put(row, new ArrayList<>()));
        long pairDeadline = deadline == Long.MAX_VALUE ? Long.MAX_VALUE
                : deadline + TimeUnit.MILLISECONDS.toNanos(FINISH_ALLOWANCE_MS);
        Starter starter = new Starter(source, key, rows, outcomes, pairDeadline);
        ForkOrder startOrder = new ForkOrder(List.copyOf(rows.keySet()), seed);
        try {
            int most = rows.keySet().stream().mapToInt(row -> startingForks(row, stopRule.baseline(), forks)).max()
                    .orElse(0);
            for (int fork = 1; fork <= most; fork++) {
                for (String row : startOrder.nextRound()) {
                    if (fork <= startingForks(row, stopRule.baseline(), forks)) {
                        starter.start(row, fork);
                    }
                }
            }
            return rounds(key, outcomes, starter, seed, deadline);
        } finally {
            starter.live.forEach(l -> l.pair.close());
        }
    }

    /**
     * The pairs {@code row} starts with: {@code forks}, and {@value #BASELINE_FORKS} times as many
     * for the baseline, whose slices and whose pairs' own speeds (each process its address layout)
     * enter every other row's ratio: with k rows measured against it, the variance of the ratios is
     * least when the baseline has about √k times a row's slices (2 for the default's 5), and a c
     * pair warms up in about a second.
     */
    static int startingForks(String row, String baseline, int forks) {
        return row.equals(baseline) ? BASELINE_FORKS * forks : forks;
    }

    /** Starts and warms a row's fork, recording a failure; remembers how long a row's start took. */
    private final class Starter {
        final ForkSource source;
        final CellKey key;
        final Map<String, BackendPair> rows;
        final Map<String, List<ForkOutcome>> outcomes;
        final long pairDeadline;
        final List<Live> live = new ArrayList<>();
        final Map<String, Long> startNs = new LinkedHashMap<>();
        final Map<String, Integer> started = new LinkedHashMap<>();

        Starter(ForkSource source, CellKey key, Map<String, BackendPair> rows,
                Map<String, List<ForkOutcome>> outcomes, long pairDeadline) {
            this.source = source;
            this.key = key;
            this.rows = rows;
            this.outcomes = outcomes;
            this.pairDeadline = pairDeadline;
        }

        /** The started fork, or null when it failed (its failure recorded). */
        Live start(String row, int fork) throws InterruptedException {
            listener.forkStarted(key, row, fork);
            started.merge(row, 1, Integer::sum);
            BackendPair pair = rows.get(row);
            long begin = clock.getAsLong();
            try {
                SlicedPair sliced = source.startSliced(key, pair.binder(), pair.connecter(), fork, pairDeadline);
                startNs.merge(row, clock.getAsLong() - begin, Math::max);
                Live warmed = new Live(row, fork, sliced, sliced.warm().rate(), sliceNs);
                live.add(warmed);
                return warmed;
            } catch (IOException | WorkerProcess.WorkerFailure e) {
                fail(outcomes, key, row, fork, e.getMessage());
                return null;
            }
        }

        int forksOf(String row) {
            return started.getOrDefault(row, 0);
        }
    }

    private Outcome rounds(CellKey key, Map<String, List<ForkOutcome>> outcomes, Starter starter, long seed,
                           long deadline) throws InterruptedException {
        List<Live> live = starter.live;
        Map<String, Live> byLabel = new LinkedHashMap<>();
        live.forEach(l -> byLabel.put(l.label(), l));
        ForkOrder order = new ForkOrder(List.copyOf(byLabel.keySet()), seed + 1);
        SliceStop.Reason stop = null;
        Map<String, String> open = Map.of();
        Set<String> resting = Set.of();
        int round = 0;
        int slices = 0;
        int disturbed = 0;
        int forksAdded = 0;
        Map<String, Integer> pairsDiffer = new HashMap<>();
        while (stop == null && !byLabel.isEmpty()) {
            round++;
            long roundStart = clock.getAsLong();
            for (String label : order.nextRound()) {
                Live fork = byLabel.get(label);
                if (fork == null || resting.contains(fork.row)) {
                    continue;
                }
                try {
                    for (int attempt = 0; ; attempt++) {
                        SliceResult slice = slice(fork, round, slices + 1, attempt < REMEASURES);
                        slices++;
                        if (!slice.disturbed()) {
                            break;
                        }
                        disturbed++;
                    }
                } catch (WorkerProcess.WorkerFailure e) {
                    byLabel.remove(label);
                    fork.pair.close();
                    fail(outcomes, key, fork.row, fork.fork, e.getMessage());
                }
            }
            long now = clock.getAsLong();
            long roundNs = now - roundStart;
            Map<String, double[][]> headline = headline(key, live, byLabel);
            Map<String, String> before = open;
            open = stopRule.open(headline);
            Set<String> beyondRounds = beyondRounds(headline, open, round, pairsDiffer, starter);
            resting = stopRule.resting(headline.keySet(), before, open, beyondRounds, round);
            stop = stopRule.stop(open, beyondRounds, round, now, roundNs, deadline);
            listener.sliceRound(key, round, open);
            if (stop == null && maxForks > forks) {
                long roomUntil = now + SliceStop.MIN_ROUNDS * roundNs;
                String row = stopRule.anotherFork(headline, open, round,
                        candidate -> starter.forksOf(candidate) < maxForks
                                && roomUntil + starter.startNs.getOrDefault(candidate, 0L) < deadline);
                if (row != null) {
                    Live added = starter.start(row, starter.forksOf(row) + 1);
                    forksAdded++;
                    if (added != null) {
                        byLabel.put(added.label(), added);
                        order = new ForkOrder(List.copyOf(byLabel.keySet()), seed + 1 + round);
                    }
                }
            }
        }
        for (Live fork : byLabel.values()) {
            ForkOutcome outcome = fork.pair.finish();
            ForkResult result = outcome.result().withSlices(fork.slices).withSliceThreads(fork.peerThreads);
            outcomes.get(fork.row).add(new ForkOutcome(result, outcome.rttNs(), outcome.backendVersion(),
                    outcome.libzmqVersion(), outcome.rttUncorrectedNs()));
            listener.forkFinished(key, fork.row, result);
        }
        String reason = stop == null ? "failed" : stop.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new Outcome(outcomes, round, reason, slices, disturbed, forksAdded, open,
                waitingShares(byLabel.values()));
    }

    /**
     * The open rows more rounds cannot decide: from round {@link SliceStop#PAIRS_DIFFER_FROM} on,
     * found so ({@link SliceStop#pairsDiffer}) in each of the last {@link SliceStop#PAIRS_DIFFER_ROUNDS}
     * rounds, and with no fork left to add; {@code streaks} counts those rounds per row.
     */
    private Set<String> beyondRounds(Map<String, double[][]> headline, Map<String, String> open, int round,
                                     Map<String, Integer> streaks, Starter starter) {
        Set<String> differ = round < SliceStop.PAIRS_DIFFER_FROM ? Set.of() : stopRule.pairsDiffer(headline, open);
        streaks.keySet().retainAll(differ);
        differ.forEach(row -> streaks.merge(row, 1, Integer::sum));
        Set<String> beyond = new HashSet<>();
        streaks.forEach((row, rounds) -> {
            if (rounds >= SliceStop.PAIRS_DIFFER_ROUNDS && starter.forksOf(row) >= maxForks) {
                beyond.add(row);
            }
        });
        return beyond;
    }

    /**
     * One slice of {@code fork}, the weather and the pair's threads read around it; the next
     * slice's size follows the rate this one measured. A disturbed slice counts as disturbed only
     * when it may be measured again.
     */
    private SliceResult slice(Live fork, int round, int sequence, boolean mayRepeat)
            throws WorkerProcess.WorkerFailure, InterruptedException {
        List<Long> pids = fork.pair.pids();
        WeatherProbe.Reading before = weather.read(pids, clock.getAsLong());
        if (fork.lastAfter != null) {
            fork.waitingRunNs += before.pairRunNs() - fork.lastAfter.pairRunNs();
            fork.waitingWallNs += before.clockNs() - fork.lastAfter.clockNs();
        }
        long preroll = fork.preroll;
        SliceRecord record = fork.pair.slice(fork.messages, preroll);
        WeatherProbe.Reading after = weather.read(pids, clock.getAsLong());
        fork.lastAfter = after;
        List<ThreadCosts> threads = timedShare(after.pairSince(before), record.messages(), preroll);
        fork.peerThreads = ThreadCosts.andThen(fork.peerThreads, threads);
        Weather around = WeatherProbe.between(before, after);
        SliceResult slice = new SliceResult(round, sequence, record.messages(), record.elapsedNs(), record.p50Ns(),
                record.p99Ns(), mayRepeat && around.disturbed(), around, threads);
        fork.slices.add(slice);
        if (record.elapsedNs() > 0) {
            double factor = Math.max(1 / MAX_RESIZE, Math.min(MAX_RESIZE, (double) sliceNs / record.elapsedNs()));
            fork.messages = Math.max(1, Math.round(fork.messages * factor));
        }
        return slice;
    }

    /**
     * What each peer's threads spent from the reading before a slice to the one after it, less the
     * share of its {@code preroll} untimed messages (in proportion to messages: the pre-roll runs
     * the same loop), so that the figures are over its {@code measured} messages. The waits
     * between slices are outside.
     */
    static List<ThreadCosts> timedShare(List<ThreadCosts> slice, long measured, long preroll) {
        double share = measured + preroll > 0 ? (double) measured / (measured + preroll) : 0;
        return slice.stream().map(threads -> threads.scaled(share)).toList();
    }

    /** Each row's headline values so far, from the forks still measuring. */
    private static Map<String, double[][]> headline(CellKey key, List<Live> all, Map<String, Live> live) {
        Map<String, List<ForkResult>> byRow = new LinkedHashMap<>();
        for (Live fork : all) {
            if (live.containsKey(fork.label())) {
                byRow.computeIfAbsent(fork.row, row -> new ArrayList<>())
                        .add(ForkResult.builder(fork.fork, "ok").build().withSlices(fork.slices));
            }
        }
        Map<String, double[][]> values = new LinkedHashMap<>();
        byRow.forEach((row, forks) -> values.put(row, SliceFigures.values(forks, Headline.figure(key), key.size())));
        return values;
    }

    /** Per row, the largest share of a CPU any of its pairs used while it waited for its slices. */
    private static Map<String, Double> waitingShares(Iterable<Live> forks) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Live fork : forks) {
            double share = fork.waitingWallNs > 0 ? (double) fork.waitingRunNs / fork.waitingWallNs : 0.0;
            shares.merge(fork.row, share, Math::max);
        }
        return shares;
    }

    private static void fail(Map<String, List<ForkOutcome>> outcomes, CellKey key, String row, int fork, String why) {
        outcomes.get(row).add(new ForkOutcome(ForkResult.failed(fork, why), null, null, null));
    }
}
