package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.diff.Compatibility;
import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.options.Preset;
import zmqbench.protocol.SendRate;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.stats.LatencyStats;
import zmqbench.testing.SyntheticResults;

/** The parent's side of open-loop: which cells run, the options, merging forks, storing both histograms. */
class OpenLoopRunTest {

    private static final CellKey KEY = new CellKey(ScenarioKind.OPEN_LOOP, Pattern.PAIR, Transport.TCP, 64, -1);

    @Test
    void openLoopRunsOnlyPatternsAndSizesThatCarryIt() {
        CompareOptions options = new CompareOptions.Builder().backends(List.of("c"))
                .scenarios(List.of(ScenarioKind.OPEN_LOOP)).patterns(List.of(Pattern.values()))
                .transports(List.of(Transport.TCP)).sizes(List.of(8, 64)).build();

        List<String> cells = Comparison.cells(options).stream().map(CellKey::label).toList();
        assertEquals(List.of("open-loop pair tcp 64 B", "open-loop dealer-router tcp 64 B"), cells);
        List<String> refusals = Comparison.refusals(options);
        assertTrue(refusals.contains("open-loop req-rep: req-rep is lock-step (one request, then its reply): "
                + "open-loop needs several messages in flight"), refusals::toString);
        assertTrue(refusals.contains("open-loop push-pull: push-pull is one way: it cannot echo, so it has no "
                + "round-trip latency"), refusals::toString);
        assertTrue(refusals.contains("open-loop pair 8 B: open-loop needs --size of at least 16 bytes (the intended "
                + "and the actual send time in every message), got 8"), refusals::toString);
    }

    @Test
    void optionsDefaultsAndPresets() {
        CompareOptions defaults = new CompareOptions.Builder().build();
        assertEquals(List.of(ScenarioKind.THROUGHPUT, ScenarioKind.LATENCY), defaults.matrix().scenarios(),
                "open-loop is asked for by name");
        assertEquals(Defaults.OPEN_LOOP_RATE, defaults.load().rate());
        WorkerPhases phases = WorkerPhases.of(defaults, ScenarioKind.OPEN_LOOP);
        assertEquals(Phase.count(Defaults.OPEN_LOOP_RATE * Defaults.MEASURE.amount() / 1000), phases.measure(),
                "open-loop counts: rate x measured time");
        assertEquals(Defaults.WARMUP, phases.warmup(), "open-loop warms up until steady, as the others");
        assertTrue(Preset.THOROUGH.builder().build().matrix().scenarios().contains(ScenarioKind.OPEN_LOOP));
        assertTrue(Preset.THOROUGH.description().contains("open-loop"));
        assertFalse(Preset.QUICK.builder().build().matrix().scenarios().contains(ScenarioKind.OPEN_LOOP));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompareOptions.Builder().rate(0).build());
        assertEquals("--rate must be from 1 to 1000000000 messages per second, got 0", e.getMessage());
    }

    @Test
    void theRateChangesTheConfigHashOnlyWhenOpenLoopRuns() {
        CompareOptions.Builder plain = new CompareOptions.Builder();
        assertEquals(ConfigHash.of(plain.rate(5).build()), ConfigHash.of(plain.rate(50).build()));
        CompareOptions.Builder openLoop = new CompareOptions.Builder()
                .scenarios(List.of(ScenarioKind.LATENCY, ScenarioKind.OPEN_LOOP));
        assertNotEquals(ConfigHash.of(openLoop.rate(5).build()), ConfigHash.of(openLoop.rate(50).build()));
    }

    @Test
    void setsAtOtherRatesCompareUnlessBothHaveOpenLoopCells() {
        ResultSet full = SyntheticResults.fullSet();
        ResultSet before = withRate(full, 5_000, full.cells());
        ResultSet after = withRate(full, 10_000, full.cells());
        assertEquals(List.of(), Compatibility.differences(before, after),
                "no open-loop cell: the rate changes nothing");

        List<CellResult> openLoop = List.of(SyntheticResults.openLoopCell("c", KEY, 20_000, 10_000, 1.0, List.of()));
        assertEquals(List.of("option rate 5000 vs 10000"),
                Compatibility.differences(withRate(full, 5_000, openLoop), withRate(full, 10_000, openLoop)));
    }

    @Test
    void forksMergeBothDistributionsAndAMissedRateIsNoted() {
        Histogram corrected = histogram(100_000);
        Histogram uncorrected = histogram(10_000);
        List<ForkOutcome> outcomes = List.of(
                outcome(1, corrected, uncorrected, 10_000),
                outcome(2, corrected, uncorrected, 9_000.4));

        CellAggregator.Aggregate aggregate = CellAggregator.aggregate("c", KEY, "none", outcomes, List.of());

        CellResult cell = aggregate.cell();
        assertTrue(cell.ok(), cell::status);
        assertEquals(2000, cell.latency().rttNs().count());
        assertEquals(2000, cell.latency().rttUncorrectedNs().count());
        assertEquals(2000, aggregate.rttUncorrectedNs().getTotalCount());
        assertFalse(cell.latency().rttUncorrectedCurve().isEmpty());
        assertTrue(cell.latency().rttNs().p99() > cell.latency().rttUncorrectedNs().p99());
        assertEquals(List.of("target rate 10000 msg/s not met (below 99%) in 1 of 2 forks: fork 2 sent 9000 msg/s"),
                cell.notes());
        assertEquals(95.0, cell.figure(Figure.ACHIEVED_RATE_PERCENT).median(), 0.01);
        assertEquals(cell.latency().rttUncorrectedNs().p99(), cell.figure(Figure.RTT_P99_UNCORRECTED).median(),
                10_000 * 0.01);
    }

    @Test
    void latencyCellsHaveNoUncorrectedDistributionOrRate() {
        Histogram rtt = histogram(10_000);
        ForkResult fork = ForkResult.builder(1, "ok").sent(1000).received(1000).measured(1000).elapsedNs(1_000_000)
                .rttNs(LatencyStats.summarize(rtt)).cpuNs(1).peakRssKb(1).build();
        CellKey latency = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
        CellAggregator.Aggregate aggregate = CellAggregator.aggregate("c", latency, "none",
                List.of(new ForkOutcome(fork, rtt, "4.3.4", "4.3.4")), List.of());
        assertNull(aggregate.cell().latency().rttUncorrectedNs());
        assertNull(aggregate.rttUncorrectedNs());
        assertTrue(fork.rateMet());
        assertNull(aggregate.cell().figure(Figure.ACHIEVED_RATE_PERCENT));
        assertNull(aggregate.cell().figure(Figure.RTT_P99_UNCORRECTED));
        assertEquals(List.of(), aggregate.cell().notes());
    }

    @Test
    void theStoreKeepsBothHistograms(@TempDir Path dir) {
        ResultSet header = SyntheticResults.fullSet().with(List.of(), List.of(), true);
        ResultStore store = ResultStore.create(dir.resolve("set"), header);
        CellResult cell = SyntheticResults.openLoopCell("c", KEY, 20_000, 10_000, 1.0, List.of());
        store.add(cell, histogram(100_000), histogram(10_000));

        assertTrue(Files.isRegularFile(dir.resolve("set/histograms/c-open-loop-pair-tcp-64.hdr")));
        assertTrue(Files.isRegularFile(dir.resolve("set/histograms/c-open-loop-pair-tcp-64-uncorrected.hgrm")));
        assertEquals(histogram(100_000), ResultStore.readHistogram(dir.resolve("set"), "c", KEY).orElseThrow());
        assertEquals(histogram(10_000), ResultStore.readUncorrectedHistogram(dir.resolve("set"), "c", KEY)
                .orElseThrow());
        assertEquals(List.of(cell), ResultStore.read(dir.resolve("set")).cells());
    }

    private static ForkOutcome outcome(int fork, Histogram corrected, Histogram uncorrected, double achievedRate) {
        ForkResult result = ForkResult.builder(fork, "ok").sent(1100).received(1100).measured(1000)
                .elapsedNs(100_000_000).rttNs(LatencyStats.summarize(corrected))
                .rttUncorrectedNs(LatencyStats.summarize(uncorrected)).cpuNs(1).peakRssKb(1)
                .rate(SendRate.of(10_000, achievedRate)).build();
        return new ForkOutcome(result, corrected, "4.3.4", "4.3.4", uncorrected);
    }

    /** 1000 values from {@code base} up to twice it. */
    private static Histogram histogram(long base) {
        Histogram h = new Histogram(10_000_000_000L, 3);
        for (int i = 0; i < 1000; i++) {
            h.recordValue(base + base * i / 1000);
        }
        return h;
    }

    private static ResultSet withRate(ResultSet set, long rate, List<CellResult> cells) {
        CompareOptions options = SyntheticResults.options().rate(rate).build();
        return new ResultSet(set.toolVersion(), set.createdAt(), set.environment(), options, set.configHash(),
                set.placement(), set.baseline(), new ArrayList<>(cells), List.of());
    }
}
