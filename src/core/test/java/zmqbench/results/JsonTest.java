package zmqbench.results;

import zmqbench.protocol.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void namesAreSnakeCaseAndNonFiniteNumbersAreNull() {
        LatencySummary summary = new LatencySummary(0, 0, 0, 0, 0, 0, -1, 0, Double.NaN, Double.POSITIVE_INFINITY);
        String json = Json.GSON.toJson(summary);
        assertTrue(json.contains("\"p9999\":-1"), json);
        assertTrue(JsonParser.parseString(json).isJsonObject(), "standard JSON");
        LatencySummary read = Json.GSON.fromJson(json, LatencySummary.class);
        assertTrue(Double.isNaN(read.mean()));
        String cell = Json.GSON.toJson(new ForkResult(0, "ok", 1, 2, 3, 4, 5, null, 6, 7, 8, 9, 10, -1));
        assertTrue(cell.contains("\"messages_received\":2") && cell.contains("\"peak_rss_kb\":7"), cell);
    }

    @Test
    void wholeNumbersInOptionsStayWhole() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("forks", 5L);
        options.put("sizes", List.of(64L, 1024L));
        ResultSet set = new ResultSet("0.1.0", "now", Map.of(), options, "hash", "none", null, List.of(), List.of());
        ResultSet read = Json.GSON.fromJson(Json.GSON.toJson(set), ResultSet.class);
        assertEquals(options, read.options());
        assertTrue(read.complete());
    }
}
