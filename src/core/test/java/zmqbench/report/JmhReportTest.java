package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.SliceResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/**
 * {@code --format jmh} against the result fields JMH documents by writing them
 * ({@code JSONResultFormat}, JMH 1.37, and its golden test file {@code output-golden.json}):
 * every field, in JMH's order, with JMH's types.
 */
class JmhReportTest {

    /** JMH's entry fields in its order, with their JSON types. */
    private static final List<Map.Entry<String, String>> FIELDS = List.of(
            Map.entry("jmhVersion", "string"), Map.entry("benchmark", "string"), Map.entry("mode", "string"),
            Map.entry("threads", "int"), Map.entry("forks", "int"), Map.entry("jvm", "string"),
            Map.entry("jvmArgs", "strings"), Map.entry("jdkVersion", "string"), Map.entry("vmName", "string"),
            Map.entry("vmVersion", "string"), Map.entry("warmupIterations", "int"),
            Map.entry("warmupTime", "string"), Map.entry("warmupBatchSize", "int"),
            Map.entry("measurementIterations", "int"), Map.entry("measurementTime", "string"),
            Map.entry("measurementBatchSize", "int"), Map.entry("params", "object"),
            Map.entry("primaryMetric", "object"), Map.entry("secondaryMetrics", "object"));

    private static final List<String> PERCENTILE_KEYS = List.of("0.0", "50.0", "90.0", "95.0", "99.0", "99.9",
            "99.99", "99.999", "99.9999", "100.0");

    /** JMH's benchmark modes, by the short labels it writes. */
    private static final Set<String> MODES = Set.of("thrpt", "avgt", "sample", "ss");

    @Test
    void everyEntryHasJmhsFieldsInOrderWithJmhsTypes() {
        JsonArray entries = render(SyntheticResults.fullSet());
        assertFalse(entries.isEmpty());
        for (JsonElement element : entries) {
            JsonObject entry = element.getAsJsonObject();
            assertEquals(FIELDS.stream().map(Map.Entry::getKey).toList(), new ArrayList<>(entry.keySet()),
                    () -> "fields of " + entry.get("benchmark"));
            for (Map.Entry<String, String> field : FIELDS) {
                assertType(entry.get(field.getKey()), field.getValue(), field.getKey());
            }
            assertTrue(MODES.contains(entry.get("mode").getAsString()));
            for (Map.Entry<String, JsonElement> param : entry.getAsJsonObject("params").entrySet()) {
                assertType(param.getValue(), "string", "params." + param.getKey());
            }
            boolean sample = entry.get("mode").getAsString().equals("sample");
            assertMetric(entry.getAsJsonObject("primaryMetric"), sample, entry.get("forks").getAsInt());
            for (Map.Entry<String, JsonElement> secondary : entry.getAsJsonObject("secondaryMetrics").entrySet()) {
                assertMetric(secondary.getValue().getAsJsonObject(), false, entry.get("forks").getAsInt());
            }
        }
    }

    @Test
    void oneEntryPerBackendAndOkCellWithTheHeadlineAsPrimaryMetric() {
        ResultSet set = SyntheticResults.fullSet();
        JsonArray entries = render(set);
        long ok = set.cells().stream().filter(CellResult::ok).count();
        assertEquals(ok, entries.size(), "the failed jna cell is left out");
        assertTrue(ok < set.cells().size());

        JsonObject latency = find(entries, "zmqbench.latency_pair_tcp.jeromq", "64");
        assertEquals("sample", latency.get("mode").getAsString());
        assertEquals("default", latency.getAsJsonObject("params").get("hwm").getAsString());
        JsonObject primary = latency.getAsJsonObject("primaryMetric");
        assertEquals("us/op", primary.get("scoreUnit").getAsString());
        Estimate p50 = cell(set, "jeromq", "latency", 64).figure(Figure.RTT_P50);
        assertEquals(p50.median() / 1000.0, primary.get("score").getAsDouble(), 1e-9);
        assertEquals(p50.lower() / 1000.0, primary.getAsJsonArray("scoreConfidence").get(0).getAsDouble(), 1e-9);
        assertEquals(SyntheticResults.FORKS, latency.get("forks").getAsInt());
        long roundTrips = 0;
        for (JsonElement pair : primary.getAsJsonArray("rawDataHistogram").get(0).getAsJsonArray().get(0)
                .getAsJsonArray()) {
            roundTrips += pair.getAsJsonArray().get(1).getAsLong();
        }
        assertEquals(SyntheticResults.ROUND_TRIPS, roundTrips, "a fork's histogram counts each round trip once");
        assertTrue(latency.getAsJsonObject("secondaryMetrics").has("rtt_p99_ns"));

        JsonObject throughput = find(entries, "zmqbench.throughput_pair_ipc.c", "1024");
        assertEquals("thrpt", throughput.get("mode").getAsString());
        assertEquals("ops/s", throughput.getAsJsonObject("primaryMetric").get("scoreUnit").getAsString());
        assertEquals(cell(set, "c", "throughput", 1024).figure(Figure.MSGS_PER_SEC).median(),
                throughput.getAsJsonObject("primaryMetric").get("score").getAsDouble(), 1e-6);
        assertEquals(SyntheticResults.ROUND_TRIPS, latency.get("measurementBatchSize").getAsLong(),
                "a counted measurement is JMH's single shot of that many operations");
        assertEquals("single-shot", latency.get("measurementTime").getAsString());
    }

    @Test
    void aSlicedCellListsEachForksUndisturbedSlicesAsItsIterations() {
        CellKey key = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, 1000);
        CellResult plain = SyntheticResults.throughputCell("c", key, 2e6);
        List<ForkResult> forks = new ArrayList<>();
        for (ForkResult fork : plain.forks()) {
            // 1,000 messages in 1 ms (1M msg/s), a disturbed slice (not counted), then 500 in 1 ms.
            forks.add(fork.withSlices(List.of(new SliceResult(1, 1000, 1_000_000, 0, 0, false, null),
                    new SliceResult(2, 9, 1_000_000, 0, 0, true, null),
                    new SliceResult(2, 500, 1_000_000, 0, 0, false, null))));
        }
        CellResult sliced = CellResult.builder("c", key, "ok").versions("4.3.4", "4.3.4").placement("separate")
                .messages(plain.messages().messagesSent(), plain.messages().messagesReceived())
                .figures(plain.figures()).forks(forks).build();
        ResultSet set = SyntheticResults.withOptions(new ResultSet("0.1.0", "2026-12-02T10:00:00Z",
                SyntheticResults.environment("2"), null, "h", "separate", "c", List.of(sliced), List.of()),
                SyntheticResults.options().sliceMs(200).build());
        JsonObject entry = render(set).get(0).getAsJsonObject();
        assertEquals("1000", entry.getAsJsonObject("params").get("hwm").getAsString());
        assertEquals(2, entry.get("measurementIterations").getAsInt());
        assertEquals("200 ms", entry.get("measurementTime").getAsString());
        JsonArray firstFork = entry.getAsJsonObject("primaryMetric").getAsJsonArray("rawData").get(0).getAsJsonArray();
        assertEquals(2, firstFork.size());
        assertEquals(1e6, firstFork.get(0).getAsDouble(), 1e-6);
        assertEquals(5e5, firstFork.get(1).getAsDouble(), 1e-6);
        assertTrue(entry.get("jvmArgs").getAsJsonArray().isEmpty(), "c runs on no JVM");
    }

    @Test
    void anOpenLoopCellIsSampledWithItsRateAsAParameter() {
        CellKey key = new CellKey(ScenarioKind.OPEN_LOOP, Pattern.PAIR, Transport.TCP, 64, -1);
        CellResult cell = SyntheticResults.openLoopCell("jeromq", key, 40_000, 10_000, 1.0, List.of());
        ResultSet set = SyntheticResults.withOptions(new ResultSet("0.1.0", "2026-12-02T10:00:00Z",
                SyntheticResults.environment("2"), null, "h", "separate", "c", List.of(cell), List.of()),
                SyntheticResults.options().rate(10_000).build());
        JsonObject entry = render(set).get(0).getAsJsonObject();
        assertEquals("zmqbench.open_loop_pair_tcp.jeromq", entry.get("benchmark").getAsString());
        assertEquals("sample", entry.get("mode").getAsString());
        assertEquals("10000", entry.getAsJsonObject("params").get("rate").getAsString());
        assertTrue(entry.getAsJsonObject("secondaryMetrics").has("rtt_p50_uncorrected_ns"));
    }

    @Test
    void valuesJsonCannotHoldAreWrittenAsJmhWritesThem() {
        assertEquals(new JsonPrimitive("NaN"), JmhMetric.number(Double.NaN));
        assertEquals(new JsonPrimitive("+INF"), JmhMetric.number(Double.POSITIVE_INFINITY));
        assertEquals(new JsonPrimitive(1.5), JmhMetric.number(1.5));
    }

    @Test
    void percentilesInterpolateAsJmhsStatistics() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.0, JmhMetric.percentile(sorted, 0.0));
        assertEquals(2.5, JmhMetric.percentile(sorted, 50.0), 1e-12);
        assertEquals(4.0, JmhMetric.percentile(sorted, 99.0));
        assertTrue(Double.isNaN(JmhMetric.percentile(new double[0], 50.0)));
    }

    private static void assertMetric(JsonObject metric, boolean sample, int forks) {
        List<String> expected = List.of("score", "scoreError", "scoreConfidence", "scorePercentiles", "scoreUnit",
                sample ? "rawDataHistogram" : "rawData");
        assertEquals(expected, new ArrayList<>(metric.keySet()));
        assertType(metric.get("score"), "number", "score");
        assertType(metric.get("scoreError"), "number", "scoreError");
        JsonArray confidence = metric.getAsJsonArray("scoreConfidence");
        assertEquals(2, confidence.size());
        confidence.forEach(bound -> assertType(bound, "number", "scoreConfidence"));
        assertEquals(PERCENTILE_KEYS, new ArrayList<>(metric.getAsJsonObject("scorePercentiles").keySet()));
        metric.getAsJsonObject("scorePercentiles").entrySet()
                .forEach(p -> assertType(p.getValue(), "number", "scorePercentiles." + p.getKey()));
        assertType(metric.get("scoreUnit"), "string", "scoreUnit");
        JsonArray raw = metric.getAsJsonArray(sample ? "rawDataHistogram" : "rawData");
        assertEquals(forks, raw.size(), "one array per fork");
        for (JsonElement fork : raw) {
            for (JsonElement iteration : fork.getAsJsonArray()) {
                if (!sample) {
                    assertType(iteration, "number", "rawData");
                    continue;
                }
                for (JsonElement pair : iteration.getAsJsonArray()) {
                    assertEquals(2, pair.getAsJsonArray().size());
                    assertType(pair.getAsJsonArray().get(0), "number", "rawDataHistogram value");
                    assertType(pair.getAsJsonArray().get(1), "int", "rawDataHistogram count");
                }
            }
        }
    }

    /** JMH writes a number, or for one JSON cannot hold "NaN", "+INF" or "-INF". */
    private static void assertType(JsonElement value, String type, String field) {
        boolean ok = switch (type) {
            case "string" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            case "int" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                    && value.getAsDouble() == Math.rint(value.getAsDouble());
            case "number" -> value.isJsonPrimitive() && (value.getAsJsonPrimitive().isNumber()
                    || Set.of("NaN", "+INF", "-INF").contains(value.getAsString()));
            case "strings" -> value.isJsonArray() && value.getAsJsonArray().asList().stream()
                    .allMatch(e -> e.isJsonPrimitive() && e.getAsJsonPrimitive().isString());
            case "object" -> value.isJsonObject();
            default -> throw new IllegalArgumentException(type);
        };
        assertTrue(ok, () -> field + " should be " + type + ", is " + value);
    }

    private static JsonArray render(ResultSet set) {
        return JsonParser.parseString(Render.of(new JmhReport(), set)).getAsJsonArray();
    }

    private static JsonObject find(JsonArray entries, String benchmark, String size) {
        for (JsonElement element : entries) {
            JsonObject entry = element.getAsJsonObject();
            if (entry.get("benchmark").getAsString().equals(benchmark)
                    && entry.getAsJsonObject("params").get("size").getAsString().equals(size)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + benchmark + " size " + size);
    }

    private static CellResult cell(ResultSet set, String backend, String scenario, int size) {
        return set.cells().stream().filter(c -> c.backend().equals(backend)
                        && c.key().scenario().cliName().equals(scenario) && c.key().size() == size
                        && c.key().transport().cliName().equals(scenario.equals("latency") ? "tcp" : "ipc"))
                .findFirst().orElseThrow();
    }
}
