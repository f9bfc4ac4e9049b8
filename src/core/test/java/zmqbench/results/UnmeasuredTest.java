package zmqbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.protocol.Json;
import zmqbench.testing.SyntheticResults;

class UnmeasuredTest {

    @TempDir
    Path temp;

    @Test
    void aStoredSetSaysNullForNotMeasuredAndReadsBackAsBefore() throws IOException {
        ResultSet set = SyntheticResults.fullSet();
        ResultStore store = ResultStore.create(temp.resolve("set"), set);
        for (CellResult cell : set.cells()) {
            store.add(cell, null);
        }
        store.finish(List.of());
        String header = Files.readString(temp.resolve("set").resolve(ResultStore.HEADER_FILE));
        String cells = Files.readString(temp.resolve("set").resolve(ResultStore.CELLS_FILE));
        assertTrue(header.startsWith("{\n  \"schema_version\": " + ResultStore.SCHEMA_VERSION + ","), header);
        for (String field : Unmeasured.FIELDS) {
            assertFalse(cells.contains("\"" + field + "\":-1"), field);
        }
        assertTrue(cells.contains("\"hwm\":null"), "the library's default HWM");
        ResultSet read = ResultStore.read(temp.resolve("set"));
        assertEquals(set.cells(), read.cells());
    }

    @Test
    void aSetFromBeforeWithMinusOnesStillReads() throws IOException {
        ResultSet set = SyntheticResults.fullSet();
        Path dir = temp.resolve("old");
        ResultStore.create(dir, set).finish(List.of());
        // Version 1: no schema_version, -1 where not measured.
        Files.writeString(dir.resolve(ResultStore.CELLS_FILE), Json.GSON.toJson(set.cells().get(0)) + "\n");
        assertTrue(Files.readString(dir.resolve(ResultStore.CELLS_FILE)).contains(":-1"));
        assertEquals(set.cells().get(0), ResultStore.read(dir).cells().get(0));
    }
}
