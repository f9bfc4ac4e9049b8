package zmqbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.options.CompareOptions;
import zmqbench.protocol.Json;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class JsonTest {

    @Test
    void namesAreSnakeCaseAndNonFiniteNumbersAreNull() {
        LatencySummary summary = new LatencySummary(0, 0, 0, 0, 0, 0, -1, 0, Double.NaN, Double.POSITIVE_INFINITY);
        String json = Json.GSON.toJson(summary);
        assertTrue(json.contains("\"p9999\":-1"), json);
        assertTrue(JsonParser.parseString(json).isJsonObject(), "standard JSON");
        LatencySummary read = Json.GSON.fromJson(json, LatencySummary.class);
        assertTrue(Double.isNaN(read.mean()));
        String fork = Json.GSON.toJson(ForkResult.builder(0, "ok").sent(1).received(2).peakRssKb(7).build());
        assertTrue(fork.contains("\"counts\":{\"sent\":1,\"received\":2,") && fork.contains("\"peak_rss_kb\":7"),
                fork);
    }

    @Test
    void aCellIsWrittenFlatAsCellsJsonlAlwaysKeptItAndReadBackIntoItsGroups() {
        CellKey key = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
        LatencySummary rtt = new LatencySummary(100, 1, 2, 3, 4, 5, 6, 7, 2.5, 1.0);
        CellResult cell = CellResult.builder("c", key, "ok").versions("4.3.4", "4.3.5").placement("separate")
                .messages(110, 109).rtt(rtt, List.of()).build();
        JsonObject json = JsonParser.parseString(Json.GSON.toJson(cell)).getAsJsonObject();
        for (String field : List.of("backend", "backend_version", "libzmq_version", "key", "placement",
                "messages_sent", "messages_received", "rtt_ns", "rtt_curve", "rtt_uncorrected_ns",
                "rtt_uncorrected_curve", "figures", "forks", "status", "notes")) {
            assertTrue(json.has(field), field + " in " + json);
        }
        assertEquals(15, json.size(), json::toString);
        assertEquals(109, json.get("messages_received").getAsLong());
        assertEquals(cell, Json.GSON.fromJson(json, CellResult.class));
        String before = "{\"backend\":\"jeromq\",\"backend_version\":\"0.6.0\",\"messages_sent\":5,\"status\":\"ok\"}";
        CellResult old = Json.GSON.fromJson(before, CellResult.class);
        assertEquals("0.6.0", old.versions().backendVersion());
        assertEquals(5, old.messages().messagesSent());
        assertEquals(List.of(), old.latency().rttCurve(), "absent: none");
    }

    @Test
    void optionsAreTypedAndWrittenWithTheirCommandLineNames() {
        CompareOptions options = new CompareOptions.Builder()
                .scenarios(List.of(ScenarioKind.LATENCY, ScenarioKind.OPEN_LOOP))
                .patterns(List.of(Pattern.DEALER_ROUTER)).transports(List.of(Transport.IPC, Transport.TCP))
                .sizes(List.of(64, 1024)).measure(Phase.millis(2_000)).warmupCapMs(8_000).build();
        ResultSet set = new ResultSet("0.1.0", "now", Map.of(), options, "hash", "none", null, List.of(), List.of());
        String json = Json.GSON.toJson(set);
        for (String saved : List.of("\"scenarios\":[\"latency\",\"open-loop\"]", "\"patterns\":[\"dealer-router\"]",
                "\"transports\":[\"ipc\",\"tcp\"]", "\"sizes\":[64,1024]", "\"placement\":\"separate\"",
                "\"warmup\":{\"kind\":\"auto\",\"amount\":8000}", "\"measure\":{\"kind\":\"millis\",\"amount\":2000}")) {
            assertTrue(json.contains(saved), () -> saved + " not in " + json);
        }
        ResultSet read = Json.GSON.fromJson(json, ResultSet.class);
        assertEquals(options, read.options());
        assertTrue(read.complete());
    }

    @Test
    void aRunLogKeepsItsMomentsWithTheirOffset() {
        OffsetDateTime started = OffsetDateTime.of(2026, 12, 2, 23, 59, 30, 0, ZoneOffset.ofHours(1));
        CellKey key = new CellKey(ScenarioKind.OPEN_LOOP, Pattern.REQ_REP, Transport.TCP, 64, -1);
        RunLog log = RunLog.of(started, started.plusSeconds(90).plusNanos(250_000_000),
                List.of(RunLog.CellRun.forks(key, 3, "max forks")));
        String json = Json.GSON.toJson(log);
        assertEquals("{\"started\":\"2026-12-02T23:59:30.000+01:00\",\"ended\":\"2026-12-03T00:01:00.250+01:00\","
                + "\"duration_seconds\":90.25,\"cells\":[{\"key\":" + Json.GSON.toJson(key) + ",\"method\":\"forks\","
                + "\"rounds\":3,\"slices\":0,\"disturbed\":0,\"forks_added\":0,\"stop\":\"max forks\"}]}", json);
        assertEquals(log, Json.GSON.fromJson(json, RunLog.class));
        assertEquals(log, Json.GSON.fromJson(json.replace("\"forks_added\":0,", ""), RunLog.class),
                "a set written before forks were added reads as none added");
    }

    @Test
    void aCellKeyIsWrittenWithCommandLineNames() {
        CellKey key = new CellKey(ScenarioKind.OPEN_LOOP, Pattern.REQ_REP, Transport.INPROC, 64, -1);
        String json = Json.GSON.toJson(key);
        assertEquals("{\"scenario\":\"open-loop\",\"pattern\":\"req-rep\",\"transport\":\"inproc\",\"size\":64,"
                + "\"hwm\":-1,\"pacing\":{\"rate\":0,\"gap_ns\":0}}", json);
        assertEquals(key, Json.GSON.fromJson(json, CellKey.class));
    }

    @Test
    void anUnknownNameIsAParseErrorThatListsTheKnownOnes() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.GSON.fromJson(
                "{\"scenario\":\"soak\",\"pattern\":\"pair\",\"transport\":\"tcp\",\"size\":64,\"hwm\":-1}",
                CellKey.class));
        assertTrue(e.getMessage().contains("'soak' (known: latency, throughput, open-loop, sparse)"), e::getMessage);
    }
}
