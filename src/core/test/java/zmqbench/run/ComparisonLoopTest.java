package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.options.CompareOptions;
import zmqbench.protocol.SliceRecord;
import zmqbench.protocol.WarmRecord;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.results.RunLog;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/** The convergence loop with a fake fork runner and a fake clock: no workers, no timing. */
class ComparisonLoopTest {

    private static final long MESSAGES = 1_000_000;
    private static final long FORK_NS = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path dir;

    /** A fake that delivers {@code rate(fork number)} msg/s and advances the clock a second a fork. */
    private static class FakeForks implements ForkSource {
        final long[] clock = {0};
        final Map<String, Integer> forks = new HashMap<>();
        final ToDoubleFunction<Integer> rate;

        FakeForks(ToDoubleFunction<Integer> rate) {
            this.rate = rate;
        }

        @Override
        public ForkOutcome run(CellKey key, String passiveBackend, String activeBackend, int fork) {
            clock[0] += FORK_NS;
            int n = forks.merge(activeBackend, 1, Integer::sum);
            long elapsedNs = Math.round(MESSAGES * 1e9 / rate.applyAsDouble(n));
            return new ForkOutcome(ForkResult.builder(fork, "ok").sent(MESSAGES).received(MESSAGES).measured(MESSAGES)
                    .elapsedNs(elapsedNs).enqueueNs(elapsedNs).cpuNs(1).peakRssKb(1).build(), null, "1", "4.3.4");
        }
    }

    /** A sliced fork whose every slice runs at a million messages a second. */
    private record SteadyPair(int fork) implements SlicedPair {
        @Override
        public WarmRecord warm() {
            return new WarmRecord("steady", 0, 0, 1e6);
        }

        @Override
        public SliceRecord slice(long messages, long preroll) {
            return new SliceRecord(messages, messages * 1_000, 0, 0);
        }

        @Override
        public List<Long> pids() {
            return List.of();
        }

        @Override
        public ForkOutcome finish() {
            return new ForkOutcome(ForkResult.builder(fork, "ok").sent(MESSAGES).received(MESSAGES)
                    .measured(MESSAGES).elapsedNs(FORK_NS).enqueueNs(FORK_NS).cpuNs(1).peakRssKb(1).build(), null,
                    "1", "4.3.4");
        }

        @Override
        public void close() {
        }
    }

    private record Finished(int rounds, String stop, List<String> unconverged) {
    }

    private record Unconverged(String row, double halfWidth) {
    }

    private static final class Recorder implements Comparison.Listener {
        final List<Finished> cells = new ArrayList<>();
        final List<Unconverged> widths = new ArrayList<>();
        int planned;

        @Override
        public void planned(int forks) {
            planned = forks;
        }

        @Override
        public void forkStarted(CellKey key, String backend, int fork) {
        }

        @Override
        public void forkFinished(CellKey key, String backend, ForkResult result) {
        }

        @Override
        public void cellFinished(CellKey key, int rounds, String stop, Map<String, Double> unconverged) {
            cells.add(new Finished(rounds, stop, List.copyOf(unconverged.keySet())));
            unconverged.forEach((row, width) -> widths.add(new Unconverged(row, width)));
        }
    }

    /** One throughput cell measured in rounds of forks (--slice 0). */
    private static CompareOptions.Builder oneCell() {
        return new CompareOptions.Builder().backends(List.of("c", "jni")).scenarios(List.of(ScenarioKind.THROUGHPUT))
                .transports(List.of(Transport.TCP)).sizes(List.of(64)).timeBudgetSeconds(0).sliceMs(0);
    }

    private List<CellResult> run(CompareOptions options, FakeForks forks, Recorder recorder) throws Exception {
        return run(new Comparison(options, recorder, scratch -> forks, () -> forks.clock[0]), options);
    }

    private List<CellResult> run(Comparison comparison, CompareOptions options) throws Exception {
        ResultSet header = new ResultSet("test", "now", Map.of(), options, "0", "none", "c", List.of(), List.of());
        return comparison.run(options.matrix().backends(), ResultStore.create(dir.resolve("set"), header));
    }

    /** Steady forks: every value alike, so the interval is 0 wide. */
    private static FakeForks steady() {
        return new FakeForks(n -> 1e6);
    }

    /** Forks that alternate by ±30%: never within 5%. */
    private static FakeForks noisy() {
        return new FakeForks(n -> n % 2 == 0 ? 1.3e6 : 0.7e6);
    }

    @Test
    void stopsAfterTheMinimumRoundsOnceEveryHeadlineFigureIsWithinThePrecision() throws Exception {
        Recorder recorder = new Recorder();
        List<CellResult> cells = run(oneCell().forks(3).maxForks(10).build(), steady(), recorder);
        assertEquals(List.of(new Finished(3, "converged", List.of())), recorder.cells);
        for (CellResult cell : cells) {
            assertEquals(3, cell.forks().size());
            assertEquals(List.of(1, 2, 3), cell.forks().stream().map(ForkResult::round).toList(),
                    "each fork records its round");
        }
        assertEquals(6, recorder.planned);
    }

    @Test
    void eachCellsRoundsAndWhyTheyStoppedGoToTheRunLog() throws Exception {
        CompareOptions options = oneCell().forks(3).maxForks(10).build();
        FakeForks forks = steady();
        Comparison comparison = new Comparison(options, new Recorder(), scratch -> forks, () -> forks.clock[0]);
        run(comparison, options);
        CellKey key = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
        assertEquals(List.of(RunLog.CellRun.forks(key, 3, "converged")), comparison.cellRuns());
    }

    @Test
    void aSlicedCellsRoundsSlicesAndDisturbedSlicesGoToTheRunLog() throws Exception {
        CompareOptions options = oneCell().sliceMs(200).forks(2).build();
        ForkSource source = new FakeForks(n -> 1e6) {
            @Override
            public SlicedPair startSliced(CellKey key, String passiveBackend, String activeBackend, int fork,
                                          long deadline) {
                return new SteadyPair(fork);
            }
        };
        Comparison comparison = new Comparison(options, new Recorder(), scratch -> source, System::nanoTime);
        run(comparison, options);
        RunLog.CellRun cell = comparison.cellRuns().get(0);
        assertEquals(List.of(RunLog.Method.SLICES, "decided"), List.of(cell.method(), cell.stop()),
                "every row alike: the ratio is decided");
        assertEquals(SliceStop.MIN_ROUNDS, cell.rounds());
        // A disturbed slice is measured again: one more slice each (the weather here is the machine's own).
        assertEquals(cell.rounds() * (2 + 2 * 2) + cell.disturbed(), cell.slices(), "2 forks, the baseline 4");
    }

    @Test
    void repeatsRoundsUntilMaxForksWhenItDoesNotConverge() throws Exception {
        Recorder recorder = new Recorder();
        List<CellResult> cells = run(oneCell().forks(3).maxForks(7).build(), noisy(), recorder);
        assertEquals(List.of(new Finished(7, "max forks", List.of("c", "jni"))), recorder.cells);
        recorder.widths.forEach(w -> assertTrue(w.halfWidth() > 0.05, "the width reached is reported: " + w));
        cells.forEach(cell -> assertEquals(7, cell.forks().size()));
        assertEquals(14, recorder.planned, "the plan grows with every extra round");
    }

    @Test
    void convergesAsSoonAsTheIntervalNarrowsEnough() throws Exception {
        // Noisy for the first four forks, then steady: the median's interval narrows as forks add up.
        Recorder recorder = new Recorder();
        FakeForks forks = new FakeForks(n -> n <= 2 ? (n % 2 == 0 ? 1.3e6 : 0.7e6) : 1e6);
        run(oneCell().forks(3).maxForks(20).build(), forks, recorder);
        Finished finished = recorder.cells.get(0);
        assertEquals("converged", finished.stop());
        assertTrue(finished.rounds() > 3 && finished.rounds() < 20, finished.toString());
    }

    @Test
    void stopsWhenAnotherRoundWouldOverrunTheTimeBudget() throws Exception {
        // 2 backends, 1 s a fork: 2 s a round, a 10 s budget: round 5 would end at 10 s, round 6 past it.
        Recorder recorder = new Recorder();
        run(oneCell().forks(3).maxForks(20).timeBudgetSeconds(10).build(), noisy(), recorder);
        assertEquals(List.of(new Finished(5, "time budget", List.of("c", "jni"))), recorder.cells);
    }

    @Test
    void theMinimumRoundsRunWhateverTheBudget() throws Exception {
        Recorder recorder = new Recorder();
        run(oneCell().forks(3).maxForks(20).timeBudgetSeconds(1).build(), noisy(), recorder);
        assertEquals(3, recorder.cells.get(0).rounds());
    }

    @Test
    void theBudgetIsSharedAmongTheCellsLeft() throws Exception {
        // Two cells, a 20 s budget: the first may use 10 s (5 rounds), and so may the second.
        Recorder recorder = new Recorder();
        run(oneCell().sizes(List.of(64, 1024)).forks(3).maxForks(20).timeBudgetSeconds(20).build(), noisy(),
                recorder);
        assertEquals(List.of(5, 5), recorder.cells.stream().map(Finished::rounds).toList());
    }

    @Test
    void precisionZeroRunsExactlyTheForksAskedFor() throws Exception {
        Recorder recorder = new Recorder();
        run(oneCell().forks(4).maxForks(20).precision(0).build(), noisy(), recorder);
        assertEquals(List.of(new Finished(4, "fixed", List.of("c", "jni"))), recorder.cells);
    }

    @Test
    void aFailedRowDoesNotHoldTheOthersBack() throws Exception {
        Recorder recorder = new Recorder();
        FakeForks forks = new FakeForks(n -> 1e6) {
            @Override
            public ForkOutcome run(CellKey key, String passiveBackend, String activeBackend, int fork) {
                ForkOutcome outcome = super.run(key, passiveBackend, activeBackend, fork);
                return activeBackend.equals("jni")
                        ? new ForkOutcome(ForkResult.failed(fork, "worker crashed"), null, null, null) : outcome;
            }
        };
        List<CellResult> cells = run(oneCell().forks(3).maxForks(10).build(), forks, recorder);
        assertEquals("converged", recorder.cells.get(0).stop());
        assertEquals(3, recorder.cells.get(0).rounds());
        assertTrue(cells.stream().anyMatch(cell -> !cell.ok()));
    }

    @Test
    void interopRowsPairJeromqWithTheOtherBackendBothWaysAndSayWhichBinds() throws Exception {
        FakeForks forks = new FakeForks(n -> 1e6) {
            @Override
            public ForkOutcome run(CellKey key, String passiveBackend, String activeBackend, int fork) {
                // The version a row reports says who ran its peers.
                return new ForkOutcome(super.run(key, passiveBackend, activeBackend, fork).result(), null,
                        activeBackend + " to " + passiveBackend, "4.3.4");
            }
        };
        List<CellResult> cells = run(oneCell().backends(List.of("c", "jeromq")).interop(true).forks(1)
                .precision(0).build(), forks, new Recorder());
        assertEquals(List.of("c", "jeromq", "jeromq->c", "c->jeromq"), cells.stream().map(CellResult::backend).toList());
        assertEquals(List.of("c to c", "jeromq to jeromq", "jeromq to c", "c to jeromq"),
                cells.stream().map(cell -> cell.versions().backendVersion()).toList(),
                "each row's connecter to its binder");
        assertEquals(List.of("interop: jeromq connects and sends, c binds and receives"), cells.get(2).notes());
        assertEquals(List.of(), cells.get(0).notes());
    }
}
