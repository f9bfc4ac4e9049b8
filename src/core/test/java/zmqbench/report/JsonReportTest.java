package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.testing.SyntheticResults;

class JsonReportTest {

    @TempDir
    Path temp;

    @Test
    void everyCellCarriesTheFlatFields() {
        ResultSet set = SyntheticResults.fullSet();
        JsonObject root = JsonParser.parseString(Render.of(new JsonReport(), set)).getAsJsonObject();
        assertEquals("c", root.get("baseline").getAsString());
        assertTrue(root.getAsJsonObject("environment").has("cpu_count"));
        JsonArray cells = root.getAsJsonArray("cells");
        assertEquals(set.cells().size(), cells.size());
        for (JsonElement element : cells) {
            JsonObject cell = element.getAsJsonObject();
            for (String field : List.of("backend", "scenario", "pattern", "transport", "size", "messages_sent",
                    "messages_received", "status", "rtt_ns", "msgs_per_sec", "mb_per_sec", "figures", "forks")) {
                assertTrue(cell.has(field), () -> field + " missing in " + cell);
            }
            boolean ok = cell.get("status").getAsString().equals("ok");
            if (cell.get("scenario").getAsString().equals("latency") && ok) {
                JsonObject rtt = cell.getAsJsonObject("rtt_ns");
                for (String percentile : List.of("p50", "p90", "p99", "p999", "max", "mean")) {
                    assertTrue(rtt.get(percentile).getAsDouble() > 0, () -> percentile + " in " + cell);
                }
            } else if (ok) {
                assertTrue(cell.get("msgs_per_sec").getAsDouble() > 0, cell::toString);
                assertTrue(cell.get("mb_per_sec").getAsDouble() > 0, cell::toString);
            }
        }
    }

    @Test
    void theDocumentOpensWithItsSchemaVersionAndSaysNullForNotMeasured() {
        String json = Render.of(new JsonReport(), SyntheticResults.fullSet());
        assertTrue(json.startsWith("{\n  \"schema_version\": " + ResultStore.SCHEMA_VERSION + ",\n  \"summary\""), json);
        assertFalse(json.matches("(?s).*\"(p9999|dropped|cpu_ns|alloc_bytes|jit_ns|hwm)\": -1\\b.*"), "no -1 left");
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        JsonObject first = root.getAsJsonArray("cells").get(0).getAsJsonObject();
        assertTrue(first.get("hwm").isJsonNull(), "the library's default HWM");
        assertTrue(root.getAsJsonArray("summary").get(0).getAsJsonObject().get("hwm").isJsonNull());
    }

    @Test
    void theJsonReportReadsBackAsTheSameSet() throws IOException {
        ResultSet set = SyntheticResults.fullSet();
        Path file = Files.writeString(temp.resolve("report.json"), Render.of(new JsonReport(), set));
        ResultSet read = ResultStore.read(file);
        assertEquals(set.cells(), read.cells());
        assertEquals(set.options(), read.options());
    }
}
