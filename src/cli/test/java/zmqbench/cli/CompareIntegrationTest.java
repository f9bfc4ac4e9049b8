package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.results.LatencySummary;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.run.Comparison;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * A real, small comparison through real worker processes: every backend over every transport,
 * checked on counts, record fields and exit codes (never on timings).
 */
class CompareIntegrationTest {

    private static final int ROUND_TRIPS = 200;
    private static final int ROUND_TRIP_WARMUP = 50;
    private static final int MESSAGES = 2000;
    private static final int MESSAGE_WARMUP = 100;

    @TempDir
    static Path temp;

    private static Cli run;
    private static ResultSet results;

    @BeforeAll
    static void compareEveryBackendOverEveryTransport() {
        run = Cli.run("compare", "--backends", String.join(",", Cli.builtBackends()),
                "--transports", "inproc,ipc,tcp", "--sizes", "64", "--forks", "1", "--precision", "0",
                "--latency-count", "" + ROUND_TRIPS, "--latency-warmup", "" + ROUND_TRIP_WARMUP,
                "--throughput-count", "" + MESSAGES, "--throughput-warmup", "" + MESSAGE_WARMUP,
                "--format", "json", "--out", temp.resolve("set").toString(), "--quiet");
        results = ResultStore.read(temp.resolve("set"));
    }

    @Test
    void everyCellIsMeasuredAndOk() {
        assertEquals(0, run.status(), run::toString);
        assertEquals(2 * 3 * Cli.builtBackends().size(), results.cells().size(), run::toString);
        Set<String> backends = new TreeSet<>();
        for (CellResult cell : results.cells()) {
            backends.add(cell.backend());
            assertTrue(cell.ok(), () -> cell.backend() + " " + cell.key().label() + ": " + cell.status());
        }
        assertEquals(new TreeSet<>(Cli.builtBackends()), backends);
        assertTrue(results.unfinished().isEmpty());
    }

    @Test
    void everyMessageIsCounted() {
        for (CellResult cell : results.cells()) {
            long expected = cell.key().scenario() == ScenarioKind.LATENCY
                    ? ROUND_TRIPS + ROUND_TRIP_WARMUP : MESSAGES + MESSAGE_WARMUP;
            assertEquals(expected, cell.messages().messagesSent(), cell.key()::label);
            assertEquals(expected, cell.messages().messagesReceived(), cell.key()::label);
        }
    }

    @Test
    void latencyCellsKeepEverySampleAndThroughputCellsHaveRates() {
        for (CellResult cell : results.cells()) {
            if (cell.key().scenario() == ScenarioKind.LATENCY) {
                LatencySummary rtt = cell.latency().rttNs();
                assertEquals(ROUND_TRIPS, rtt.count(), cell.key()::label);
                assertTrue(rtt.p50() > 0 && rtt.p50() <= rtt.max(), cell.key()::label);
                assertFalse(cell.latency().rttCurve().isEmpty(), cell.key()::label);
            } else {
                assertTrue(cell.figure(Figure.MSGS_PER_SEC).median() > 0, cell.key()::label);
                assertTrue(cell.figure(Figure.ENQUEUE_MSGS_PER_SEC).median() > 0, cell.key()::label);
            }
            assertTrue(cell.figure(Figure.CPU_NS_PER_MSG).median() >= 0, cell.key()::label);
        }
    }

    @Test
    void jeromqIpcIsMarkedAsTcpUnderneath() {
        for (CellResult cell : results.cells()) {
            boolean jeromqIpc = cell.backend().equals("jeromq") && cell.key().transport() == Transport.IPC;
            assertEquals(jeromqIpc, cell.notes().contains(Comparison.JEROMQ_IPC_NOTE), cell.key()::label);
        }
    }

    @Test
    void jsonOutputHasOneRecordPerCellWithTheDocumentedFields() {
        List<JsonObject> records = jsonRecords(JsonParser.parseString(run.out()));
        assertEquals(results.cells().size(), records.size(), run::toString);
        for (JsonObject record : records) {
            for (String field : List.of("backend", "scenario", "pattern", "transport", "size", "messages_sent",
                    "messages_received", "status")) {
                assertTrue(record.has(field), () -> field + " missing in " + record);
            }
            if (record.get("scenario").getAsString().equals("latency")) {
                JsonObject rtt = record.getAsJsonObject("rtt_ns");
                for (String percentile : List.of("p50", "p90", "p99", "p999", "max", "mean")) {
                    assertNotNull(rtt.get(percentile), () -> percentile + " missing in " + record);
                }
            } else {
                assertTrue(record.get("msgs_per_sec").getAsDouble() > 0, record::toString);
                assertTrue(record.get("mb_per_sec").getAsDouble() > 0, record::toString);
            }
        }
    }

    @Test
    void environmentIsRecorded() {
        for (String key : List.of("cpu_model", "cpu_count", "kernel", "os", "jvm", "tool_version", "git_commit")) {
            assertTrue(results.environment().containsKey(key), key);
        }
        assertFalse(results.configHash().isBlank());
    }

    /** The JSON report is either an array of cell records or an object holding one under "cells". */
    private static List<JsonObject> jsonRecords(JsonElement json) {
        List<JsonObject> records = new ArrayList<>();
        (json.isJsonArray() ? json : json.getAsJsonObject().get("cells")).getAsJsonArray()
                .forEach(element -> records.add(element.getAsJsonObject()));
        return records;
    }
}
