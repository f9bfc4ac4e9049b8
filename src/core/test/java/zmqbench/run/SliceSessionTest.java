package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.protocol.SliceRecord;
import zmqbench.protocol.WarmRecord;
import zmqbench.results.CellKey;
import zmqbench.results.ForkResult;
import zmqbench.results.SliceResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.threads.ThreadClassCost;
import zmqbench.threads.ThreadCosts;

class SliceSessionTest {

    private static final CellKey LATENCY = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);

    /** Fake levels from this one up are steady; below it they wobble. */
    private static final long WOBBLING = 50_000L;

    @TempDir
    Path proc;

    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong busyTicks = new AtomicLong();
    private final AtomicInteger slicesRun = new AtomicInteger();
    private final AtomicLong threadRunNs = new AtomicLong();
    private final List<String> events = new ArrayList<>();
    /** A row whose even forks run 20% slower than its odd ones (their own address layout), or null. */
    private String differingRow;
    private int maxForks = 2;

    /**
     * A pair whose slices answer {@code p50Ns}, each taking 200 ms of the fake clock; a level below
     * {@link #WOBBLING} answers it 20% higher and lower in turn, so that its ratio stays undecided.
     */
    private final class FakePair implements SlicedPair {
        private final long p50Ns;
        private final int disturbEvery;
        private int own;

        FakePair(long p50Ns, int disturbEvery) {
            this.p50Ns = p50Ns;
            this.disturbEvery = disturbEvery;
        }

        @Override
        public WarmRecord warm() {
            return new WarmRecord("steady", 1_000_000L, 1000, 10_000.0);
        }

        @Override
        public SliceRecord slice(long messages, long preroll) {
            // each slice's 2100 messages (2000 timed, 100 pre-roll) take 1 µs of the application's CPU each
            threadRunNs.addAndGet(2100 * 1_000L);
            writeThread();
            int n = slicesRun.incrementAndGet();
            // the slice's length was sized from the warm rate: 10,000/s x 200 ms, 10 ms of pre-roll
            assertEquals(2000, messages);
            assertEquals(100, preroll);
            clock.addAndGet(200_000_000L);
            if (disturbEvery > 0 && n % disturbEvery == 0) {
                busyTicks.addAndGet(10); // 100 ms of other processes in a 200 ms slice
                writeStat();
            }
            long p50 = p50Ns >= WOBBLING ? p50Ns : (own++ % 2 == 0 ? p50Ns * 12 / 10 : p50Ns * 8 / 10);
            return new SliceRecord(messages, 200_000_000L, p50, 2 * p50);
        }

        @Override
        public List<Long> pids() {
            // read before each slice: what the thread spends between slices is never the slice's
            threadRunNs.addAndGet(5_000_000L);
            writeThread();
            return List.of(1L);
        }

        @Override
        public ForkOutcome finish() {
            events.add("finish " + p50Ns);
            return new ForkOutcome(ForkResult.builder(1, "ok").sent(1).received(1).measured(1).build(), null,
                    "1", "4.3.4");
        }

        @Override
        public void close() {
            events.add("close " + p50Ns);
        }
    }

    private void writeThread() {
        try {
            FakeTask.write(proc.resolve("1/task/1"), "java", threadRunNs.get(), 0, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStat() {
        try {
            Files.writeString(proc.resolve("stat"), "cpu  " + busyTicks.get() + " 0 0 0 0 0 0 0 0 0\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SliceSession.Outcome run(Map<String, Long> levels, int disturbEvery) throws InterruptedException {
        return run(levels, disturbEvery, Long.MAX_VALUE);
    }

    private SliceSession.Outcome run(Map<String, Long> levels, int disturbEvery, long deadline)
            throws InterruptedException {
        writeStat();
        Map<String, BackendPair> rows = new LinkedHashMap<>();
        levels.keySet().forEach(row -> rows.put(row, BackendPair.of(row)));
        ForkSource source = new ForkSource() {
            @Override
            public ForkOutcome run(CellKey key, String passive, String active, int fork) {
                throw new AssertionError("a sliced cell runs no whole forks");
            }

            @Override
            public SlicedPair startSliced(CellKey key, String passive, String active, int fork, long deadline) {
                events.add("start " + active + " " + fork);
                long level = levels.get(active);
                return new FakePair(active.equals(differingRow) && fork % 2 == 0 ? level * 12 / 10 : level,
                        disturbEvery);
            }
        };
        SliceSession session = new SliceSession(Comparison.Listener.SILENT, clock::get, new WeatherProbe(proc), 200,
                2, maxForks, new SliceStop("c", 0.05, 0.05));
        return session.run(source, LATENCY, rows, 7, deadline);
    }

    @Test
    void startsEveryForkThenStopsOnceTheRatiosAreDecidedItsThreadsOverItsSlicesOnly() throws InterruptedException {
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("c", 50_000L);
        levels.put("jeromq", 60_000L);
        SliceSession.Outcome outcome = run(levels, 0);
        assertEquals("decided", outcome.stop());
        assertEquals(SliceStop.MIN_ROUNDS, outcome.rounds());
        assertEquals(6 * SliceStop.MIN_ROUNDS, outcome.slices(), "2 forks, the baseline 4");
        assertEquals(0, outcome.disturbed());
        assertTrue(outcome.open().isEmpty(), outcome.open().toString());
        assertEquals(6, events.stream().filter(e -> e.startsWith("start")).count(), events.toString());
        assertEquals(6, events.stream().filter(e -> e.startsWith("finish")).count(), events.toString());
        assertEquals(6, events.stream().filter(e -> e.startsWith("close")).count(), events.toString());
        assertEquals(4, outcome.forks().get("c").size());
        assertEquals(2, outcome.forks().get("jeromq").size());
        for (List<ForkOutcome> forks : outcome.forks().values()) {
            for (ForkOutcome fork : forks) {
                List<Integer> rounds = fork.result().slices().stream().map(SliceResult::round).toList();
                assertEquals(List.of(1, 2, 3, 4, 5), rounds);
                // the threads: 2000 timed messages a slice at 1 µs; the pre-roll's 100 and the waits left out
                ThreadClassCost application = fork.result().threads().of(ThreadCosts.APPLICATION);
                assertEquals(5 * 2000 * 1_000L, application.runNs(), fork.result().toString());
                assertEquals(1, application.threads(), "one thread, however many slices");
                assertEquals(List.of(fork.result().threads()), fork.result().peerThreads());
                assertEquals(2000 * 1_000L, fork.result().slices().get(0).peerThreads().get(0)
                        .of(ThreadCosts.APPLICATION).runNs(), "each slice keeps its own");
            }
        }
    }

    @Test
    void aRowWhoseForksDifferGetsMoreForksUpToItsMost() throws InterruptedException {
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("c", 50_000L);
        levels.put("jeromq", 50_000L); // its even forks 20% slower: the ratio, about 1.1, stays open
        differingRow = "jeromq";
        maxForks = 4;
        SliceSession.Outcome outcome = run(levels, 0, 60_000_000_000L);
        assertTrue(events.contains("start jeromq 3") && events.contains("start jeromq 4"), events.toString());
        assertFalse(events.contains("start jeromq 5"), "--max-forks 4");
        assertFalse(events.contains("start c 5"), "the baseline's 4 forks agree");
        assertEquals(4, outcome.forks().get("jeromq").size());
        List<List<Integer>> rounds = outcome.forks().get("jeromq").stream()
                .map(f -> f.result().slices().stream().map(SliceResult::round).toList()).toList();
        List<Integer> latest = rounds.get(rounds.size() - 1);
        assertTrue(latest.get(0) > SliceStop.MIN_ROUNDS, "a late fork joins after the fewest rounds: " + rounds);
        assertEquals(outcome.rounds() - latest.get(0) + 1, latest.size(), "and is sliced every round after");
    }

    @Test
    void aCellWhoseOpenRatiosOnlyMoreForksCouldDecideStopsOnceThatHasHeldForRounds() throws InterruptedException {
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("c", 50_000L);
        levels.put("jeromq", 50_000L); // its even forks 20% slower: its pairs, not its slices, keep it open
        differingRow = "jeromq";
        SliceSession.Outcome outcome = run(levels, 0);
        assertEquals("pairs differ", outcome.stop());
        assertEquals(SliceStop.PAIRS_DIFFER_FROM + SliceStop.PAIRS_DIFFER_ROUNDS - 1, outcome.rounds(),
                "found so from round " + SliceStop.PAIRS_DIFFER_FROM + ", " + SliceStop.PAIRS_DIFFER_ROUNDS
                        + " rounds in a row; no budget needed to end it");
        assertTrue(outcome.open().containsKey("jeromq"), "still undecided, and said so");
        assertEquals(2, outcome.forks().get("jeromq").size(), "--max-forks allows no more");
    }

    @Test
    void aSlicesAccountingLosesItsPrerollsShareAndAddsToTheSlicesBefore() {
        ThreadCosts slice = new ThreadCosts(List.of(new ThreadClassCost(ThreadCosts.APPLICATION, 2, 0, 0, 1_100, 110,
                11, 0, 0)));
        List<ThreadCosts> timed = SliceSession.timedShare(List.of(slice), 1000, 100);
        List<ThreadCosts> two = ThreadCosts.andThen(ThreadCosts.andThen(List.of(), timed), timed);
        ThreadClassCost sum = two.get(0).of(ThreadCosts.APPLICATION);
        assertEquals(2_000, sum.runNs());
        assertEquals(200, sum.runWaitNs());
        assertEquals(20, sum.voluntarySwitches());
        assertEquals(2, sum.threads());
    }

    @Test
    void aDisturbedSliceIsKeptMarkedMeasuredAgainAndEverySliceNumberedInItsCell() throws InterruptedException {
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("c", 50_000L);
        levels.put("jeromq", 60_000L);
        SliceSession.Outcome outcome = run(levels, 3);
        assertTrue(outcome.disturbed() > 0);
        assertEquals(6 * outcome.rounds() + outcome.disturbed(), outcome.slices());
        List<SliceResult> all = outcome.forks().values().stream().flatMap(List::stream)
                .flatMap(fork -> fork.result().slices().stream()).toList();
        assertEquals(outcome.disturbed(), all.stream().filter(SliceResult::disturbed).count());
        for (SliceResult slice : all) {
            assertFalse(slice.disturbed() && slice.weather().othersNs() < 20_000_000L, slice.toString());
        }
        assertEquals(all.size(), all.stream().mapToInt(SliceResult::sequence).distinct().count(),
                "each its own place in the cell's run, the measured-again ones too");
        assertEquals(all.size(), all.stream().mapToInt(SliceResult::sequence).max().orElse(0));
    }

    @Test
    void aRowDecidedTwoRoundsInARowRestsWhileAnOpenOneIsStillSliced() throws InterruptedException {
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("c", 50_000L);
        levels.put("jeromq", 60_000L);
        levels.put("jni", 49_000L);
        SliceSession.Outcome outcome = run(levels, 0, 12 * 6 * 200_000_000L);
        assertEquals("time budget", outcome.stop());
        assertTrue(outcome.open().containsKey("jni"), outcome.open().toString());
        assertTrue(outcome.rounds() > SliceStop.MIN_ROUNDS, "rounds " + outcome.rounds());
        for (ForkOutcome fork : outcome.forks().get("jeromq")) {
            List<Integer> rounds = fork.result().slices().stream().map(SliceResult::round).toList();
            assertEquals(List.of(1, 2, 3, 4, 5), rounds, "decided in rounds 4 and 5: rests from round 6");
        }
        for (String sliced : List.of("c", "jni")) {
            for (ForkOutcome fork : outcome.forks().get(sliced)) {
                assertEquals(outcome.rounds(), fork.result().slices().size(), sliced);
            }
        }
    }
}
