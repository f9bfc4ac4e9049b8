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
        String fork = Json.GSON.toJson(ForkResult.builder(0, "ok").sent(1).received(2).peakRssKb(7).build());
        assertTrue(fork.contains("\"counts\":{\"sent\":1,\"received\":2,") && fork.contains("\"peak_rss_kb\":7"),
                fork);
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
