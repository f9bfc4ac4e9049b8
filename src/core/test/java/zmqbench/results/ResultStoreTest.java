package zmqbench.results;

import zmqbench.options.CompareOptions;
import zmqbench.options.Placement;
import zmqbench.protocol.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SetsBeforeTypedOptions;
import zmqbench.testing.SyntheticResults;

class ResultStoreTest {

    @TempDir
    Path temp;

    private static Histogram histogram() {
        Histogram h = new Histogram(10_000_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(10_000L + i * 10);
        }
        return h;
    }

    private static ResultSet header() {
        ResultSet full = SyntheticResults.fullSet();
        return full.with(List.of(), List.of(), true);
    }

    @Test
    void aFinishedSetReadsBackCellForCell() {
        ResultSet full = SyntheticResults.fullSet();
        Path dir = temp.resolve("set");
        ResultStore store = ResultStore.create(dir, header());
        for (CellResult cell : full.cells()) {
            store.add(cell, cell.latency().rttNs() != null ? histogram() : null);
        }
        store.finish(List.of("jna latency pair tcp 1 MiB"));
        ResultSet read = ResultStore.read(dir);
        assertTrue(read.complete());
        assertEquals(List.of("jna latency pair tcp 1 MiB"), read.unfinished());
        assertEquals(full.cells(), read.cells());
        assertEquals(full.environment(), read.environment());
        assertEquals(full.options(), read.options());
        assertEquals(full.baseline(), read.baseline());
        assertEquals(full.placement(), read.placement());
        assertEquals(full.configHash(), read.configHash());
    }

    @Test
    void theRunLogIsWrittenWhenTheSetIsFinishedAndReadsBack() throws IOException {
        CellKey latency = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
        OffsetDateTime started = OffsetDateTime.of(2026, 12, 2, 9, 17, 7, 537_000_000, ZoneOffset.UTC);
        RunLog log = RunLog.of(started, started.plusSeconds(165), List.of(
                new RunLog.CellRun(latency, RunLog.Method.SLICES, 23, 276, 4, 0, "decided")));
        Path dir = temp.resolve("logged");
        ResultStore store = ResultStore.create(dir, header());
        assertNull(ResultStore.read(dir).runLog(), "none while the run is going");
        store.finish(List.of(), log);
        assertEquals(log, ResultStore.read(dir).runLog());
        String json = Files.readString(dir.resolve(ResultStore.HEADER_FILE));
        assertTrue(json.contains("\"started\": \"2026-12-02T09:17:07.537+00:00\"")
                && json.contains("\"ended\": \"2026-12-02T09:19:52.537+00:00\"")
                && json.contains("\"duration_seconds\": 165.0") && json.contains("\"method\": \"slices\""), json);
    }

    @Test
    void aMalformedMomentInTheRunLogIsOnePlainLine() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("bad-moment"));
        Files.writeString(dir.resolve(ResultStore.HEADER_FILE),
                "{\"tool_version\": \"0.1.0\", \"run_log\": {\"started\": \"2026-12-02 09:17\"}}");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ResultStore.read(dir));
        assertEquals(dir.resolve(ResultStore.HEADER_FILE) + " is not a result set: expected a date and time with its "
                + "offset, found '2026-12-02 09:17' (in run_log.started)", bad.getMessage());
    }

    @Test
    void anInterruptedSetKeepsWhatItMeasured() throws IOException {
        ResultSet full = SyntheticResults.fullSet();
        Path dir = temp.resolve("interrupted");
        ResultStore store = ResultStore.create(dir, header());
        store.add(full.cells().get(0), histogram());
        store.add(full.cells().get(1), null);
        // The run is killed while writing the third line.
        String third = Json.GSON.toJson(full.cells().get(2));
        Files.writeString(dir.resolve(ResultStore.CELLS_FILE), third.substring(0, third.length() / 2),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ResultSet read = ResultStore.read(dir);
        assertFalse(read.complete());
        assertEquals(full.cells().subList(0, 2), read.cells());
    }

    @Test
    void histogramsAreWrittenAsTextAndReadableCompressed() throws IOException {
        CellResult cell = SyntheticResults.fullSet().cells().get(0);
        Path dir = temp.resolve("histograms");
        ResultStore store = ResultStore.create(dir, header());
        Histogram h = histogram();
        store.add(cell, h);
        String name = "c-latency-pair-inproc-64";
        assertEquals(name, HistogramFiles.baseName(cell.backend(), cell.key()));
        Path hgrm = dir.resolve("histograms").resolve(name + ".hgrm");
        assertTrue(Files.readString(hgrm).contains("Value     Percentile TotalCount 1/(1-Percentile)"));
        Histogram read = ResultStore.readHistogram(dir, cell.backend(), cell.key()).orElseThrow();
        assertEquals(h, read);
        assertEquals("c-latency-pair-tcp-64-hwm1000",
                HistogramFiles.baseName("c", new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, 1000)));
    }

    @Test
    void readsASetSavedBeforeItsOptionsWereTyped() throws IOException {
        ResultSet read = ResultStore.read(SetsBeforeTypedOptions.write(temp.resolve("older")));
        assertEquals(new CellKey(ScenarioKind.OPEN_LOOP, Pattern.DEALER_ROUTER, Transport.TCP, 64, -1),
                read.cells().get(0).key());
        CompareOptions options = read.options();
        assertEquals(List.of(ScenarioKind.LATENCY, ScenarioKind.OPEN_LOOP), options.matrix().scenarios());
        assertEquals(List.of(Pattern.PAIR, Pattern.DEALER_ROUTER), options.matrix().patterns());
        assertEquals(List.of(Transport.TCP), options.matrix().transports());
        assertEquals(Placement.SEPARATE, options.launch().placement());
        assertEquals(Phase.auto(5_000), options.phases().warmup(), "auto, capped by the warmup_cap_ms saved beside it");
        assertEquals(Phase.millis(1_000), options.phases().measure());
        assertEquals(3, options.rounds().forks());
        assertEquals(0.0, options.rounds().precision(), "not recorded: no precision was asked for");
        assertEquals(List.of(), options.launch().jvms(), "not recorded: none");
        assertEquals("2026-11-27T10:15:00", read.createdAt(), "a start without its offset");
        assertNull(read.runLog(), "not recorded: none");
        assertTrue(Json.GSON.toJson(read).contains("\"scenarios\":[\"latency\",\"open-loop\"]"),
                "saved again with the command-line names");
    }

    @Test
    void aJsonReportIsAlsoAResultSet() throws IOException {
        ResultSet full = SyntheticResults.fullSet();
        Path file = temp.resolve("report.json");
        Files.writeString(file, Json.PRETTY.toJson(full));
        assertEquals(full.cells(), ResultStore.read(file).cells());
    }

    @Test
    void notAResultSetIsOneClearLine() throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ResultStore.read(temp.resolve("nowhere")));
        assertEquals("no such result set: " + temp.resolve("nowhere"), missing.getMessage());
        Path empty = Files.createDirectory(temp.resolve("empty"));
        IllegalArgumentException notSet = assertThrows(IllegalArgumentException.class, () -> ResultStore.read(empty));
        assertEquals(empty + " is not a result set (it has no set.json)", notSet.getMessage());
        Path garbage = Files.writeString(temp.resolve("garbage.json"), "{ this is not json");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ResultStore.read(garbage));
        assertTrue(bad.getMessage().startsWith(garbage + " is not a result set"), bad.getMessage());
        assertFalse(bad.getMessage().contains("\n"), bad.getMessage());
    }

    /** A corrupt set.json: what is wrong and where, in words, without Gson's class names or tokens. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{ this is not json                           | expected ':' at line 1 column 9 (in this)",
        "{\"tool_version\": \"0.1.0\"} x                | malformed JSON at line 1 column 28",
        "{\"tool_version\": \"0.1.0\",                  | the file ends too early at line 1 column 26",
        "[]                                           | expected an object, found an array at line 1 column 2",
        "{\"tool_version\": \"0.1.0\", \"cells\": 5}      | expected an array, found a number at line 1 column 37 (in cells)",
        "{\"tool_version\": \"0.1.0\", \"complete\": []} | expected a boolean, found an array at line 1 column 40 (in complete)",
        "''                                           | no result set fields",
    })
    void aCorruptSetJsonIsOnePlainLine(String json, String reason) throws IOException {
        Path dir = Files.createDirectory(temp.resolve("corrupt"));
        Files.writeString(dir.resolve(ResultStore.HEADER_FILE), json.strip());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ResultStore.read(dir));
        assertEquals(dir.resolve(ResultStore.HEADER_FILE) + " is not a result set: " + reason.strip(),
                bad.getMessage());
    }

    @Test
    void refusesToWriteIntoAnExistingSet() {
        Path dir = temp.resolve("twice");
        ResultStore.create(dir, header());
        assertThrows(IllegalArgumentException.class, () -> ResultStore.create(dir, header()));
    }
}
