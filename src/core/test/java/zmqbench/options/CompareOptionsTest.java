package zmqbench.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.protocol.Json;
import zmqbench.results.CellKey;
import zmqbench.run.Comparison;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class CompareOptionsTest {

    @Test
    void theDefaultComparisonIsEveryBindingOnceBothScenariosOverTcpAt64BytesPinnedToFivePercent() {
        CompareOptions options = new CompareOptions.Builder().build();
        assertEquals(List.of("c", "jni", "jzmq", "ffm", "jna", "jeromq"), options.matrix().backends());
        assertTrue(Defaults.KNOWN_BACKENDS.contains("ffm-critical"), "a mode of ffm, asked for by name");
        List<CellKey> cells = Comparison.cells(options);
        assertEquals(List.of(new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1),
                new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1)), cells,
                "throughput first: the time its cell leaves goes to latency's");
        assertEquals(Placement.SEPARATE, options.launch().placement());
        assertEquals(0.05, options.rounds().precision());
        assertEquals(Defaults.SLICE_FORKS, options.rounds().forks());
        assertEquals(Defaults.SLICE_MS, options.rounds().sliceMs());
        assertEquals(0.05, options.output().margin());
        assertEquals(Defaults.FORKS, new CompareOptions.Builder().sliceMs(0).build().rounds().forks());
        assertEquals(options.rounds().forks(), options.rounds().maxForks(), "sliced cells add no pairs unless asked");
        assertEquals(Defaults.MAX_FORKS, new CompareOptions.Builder().sliceMs(0).build().rounds().maxForks());
        assertEquals(6, new CompareOptions.Builder().maxForks(6).build().rounds().maxForks());
        assertTrue(options.rounds().timeBudgetSeconds() > 0 && options.rounds().timeBudgetSeconds() < 180);
    }

    @Test
    void throughputSlicesAreShorterUnlessSliceIsGivenAndOlderSetsReadAsTheyRan() {
        Rounds rounds = new CompareOptions.Builder().build().rounds();
        assertEquals(200, rounds.sliceMs(ScenarioKind.LATENCY));
        assertEquals(50, rounds.sliceMs(ScenarioKind.THROUGHPUT));
        Rounds given = new CompareOptions.Builder().sliceMs(100).build().rounds();
        assertEquals(List.of(100L, 100L), List.of(given.sliceMs(ScenarioKind.LATENCY),
                given.sliceMs(ScenarioKind.THROUGHPUT)), "--slice sets both");
        Rounds off = new CompareOptions.Builder().sliceMs(0).build().rounds();
        assertEquals(0, off.sliceMs(ScenarioKind.THROUGHPUT));
        Rounds older = new Rounds(2, 2, 0.05, 150, 200, 0, 42);
        assertEquals(200, older.sliceMs(ScenarioKind.THROUGHPUT), "a set written before throughput slices of its own");
        assertThrows(IllegalArgumentException.class,
                () -> new CompareOptions.Builder().throughputSliceMs(5).build());
    }

    @Test
    void theTransportsPresetKeepsTheWiderSweep() {
        assertEquals(2 * 3 * 2, Comparison.cells(Preset.TRANSPORTS.builder().build()).size());
    }

    @Test
    void maxForksIsAtLeastForksAndPrecisionIsAFraction() {
        assertEquals(12, new CompareOptions.Builder().forks(12).maxForks(4).build().rounds().maxForks());
        assertThrows(IllegalArgumentException.class, () -> new CompareOptions.Builder().precision(1.0).build());
        assertThrows(IllegalArgumentException.class, () -> new CompareOptions.Builder().precision(-0.01).build());
        assertThrows(IllegalArgumentException.class, () -> new CompareOptions.Builder().timeBudgetSeconds(-1).build());
    }

    @Test
    void theSeedPresetIsTheArticlesTwoScenariosOverTcp() {
        CompareOptions seed = Preset.SEED.builder().build();
        assertEquals(List.of(Transport.TCP), seed.matrix().transports());
        // no count of its own: a fixed warm-up count ends a JeroMQ stream before steady state
        assertNull(seed.counts().throughputCount());
        assertNull(seed.counts().throughputWarmup());
        assertNull(seed.counts().latencyCount());
        assertTrue(seed.matrix().sizes().contains(1024) && seed.matrix().sizes().contains(4));
        assertEquals(List.of(Pattern.PAIR), seed.matrix().patterns());
    }

    @Test
    void patternsRunOnlyTheScenariosThatMakeSenseAndSayWhyNot() {
        CompareOptions options = new CompareOptions.Builder().patterns(List.of(Pattern.values())).build();
        for (CellKey cell : Comparison.cells(options)) {
            assertEquals(null, cell.pattern().refusal(cell.scenario()), cell::label);
        }
        List<String> refusals = Comparison.refusals(options);
        assertTrue(refusals.stream().anyMatch(r -> r.startsWith("latency push-pull: push-pull is one way")), refusals::toString);
        assertTrue(refusals.stream().anyMatch(r -> r.startsWith("throughput req-rep: req-rep is lock-step")), refusals::toString);
    }

    @Test
    void errorsNameTheOptionAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompareOptions.Builder().sizes(List.of(64, 0)).build());
        assertEquals("--sizes: a message size must be at least 1 byte, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CompareOptions.Builder().forks(0).build());
        assertEquals("--forks must be at least 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new CompareOptions.Builder().tcpAddress("127.0.0.1").build());
        assertTrue(e.getMessage().startsWith("--tcp: expected HOST:PORT"), e::getMessage);
    }

    @Test
    void theRecordKeepsWhereResultsGo() {
        CompareOptions a = new CompareOptions.Builder().out(Path.of("/tmp/a")).build();
        assertEquals("/tmp/a", OptionsRecord.fields(a).get("out").getAsString());
    }

    @Test
    void aResultSetKeepsTheOptionsFlatByTheirOldNames() {
        CompareOptions every = new CompareOptions.Builder().scenarios(List.of(ScenarioKind.values())).rate(500)
                .gapsNs(List.of(1000L, 2_000_000L)).jvmArgs(List.of("-XX:+UseZGC")).seed(7).latencyCount(1000L).build();
        JsonObject saved = Json.GSON.toJsonTree(every).getAsJsonObject();
        assertEquals(List.copyOf(FlatOptions.ORDER), List.copyOf(saved.keySet()));
        assertEquals(1000, saved.get("latency_count").getAsLong());
        assertEquals(every, Json.GSON.fromJson(Json.GSON.toJson(every), CompareOptions.class));
    }

    @Test
    void anOptionAnOlderSetDidNotRecordReadsAsNothing() {
        CompareOptions old = Json.GSON.fromJson("{\"backends\": [\"c\"], \"forks\": 3, \"max_forks\": 1}",
                CompareOptions.class);
        assertEquals(List.of("c"), old.matrix().backends());
        assertEquals(List.of(), old.load().gapsNs());
        assertEquals(3, old.rounds().maxForks(), "raised to forks");
        assertNull(old.network().far());
        assertNull(old.counts().latencyCount());
    }

    @Test
    void aCopyChangesOnlyWhatItSays() {
        CompareOptions options = new CompareOptions.Builder().forks(3).seed(9).build();
        CompareOptions step = options.withSweepStep(123, List.of("c"), Path.of("/tmp/step"));
        assertEquals(123, step.load().rate());
        assertEquals(List.of("c"), step.matrix().backends());
        assertEquals(Path.of("/tmp/step"), step.output().out());
        assertEquals(options.rounds(), step.rounds());
        assertEquals(options.phases(), step.phases());
        assertEquals(options, options.toBuilder().build());
    }
}
