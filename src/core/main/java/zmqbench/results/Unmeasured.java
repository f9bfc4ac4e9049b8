package zmqbench.results;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import java.util.Set;
import zmqbench.protocol.Json;

/**
 * The records keep "not measured" as -1 in a few long fields (the C worker's JVM figures, a
 * pattern that never drops, a p99.99 from too few samples) and the library's default HWM as -1.
 * JSON files say null for all of them, so a script never mistakes -1 for a value; reading turns
 * null back into -1, and files from before (with -1) read as they always did.
 */
public final class Unmeasured {

    /** The snake_case fields (and, for hwms, list elements) where -1 means "not measured" or "default". */
    static final Set<String> FIELDS = Set.of("p9999", "dropped", "cpu_ns", "peak_rss_kb", "alloc_bytes", "gc_count",
            "gc_ns", "jit_ns", "jit_measured_ns", "native_crossings", "hwm", "hwms");

    private static final JsonPrimitive MINUS_ONE = new JsonPrimitive(-1);

    private Unmeasured() {
    }

    /** {@code json} with each -1 in those fields replaced by null, in place; returns it. */
    public static JsonElement toNulls(JsonElement json) {
        return replace(json, true);
    }

    /** {@code json} with each null in those fields replaced by -1, in place, to read into records. */
    public static JsonElement fromNulls(JsonElement json) {
        return replace(json, false);
    }

    /**
     * Reads {@code json} into {@code type} with nulls in those fields as -1. When it does not fit,
     * the error is the one reading the text directly gives, which names the line and column.
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return Json.GSON.fromJson(fromNulls(JsonParser.parseString(json)), type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            Json.GSON.fromJson(json, type); // throws, saying where
            throw e;
        }
    }

    private static JsonElement replace(JsonElement json, boolean toNull) {
        if (json.isJsonArray()) {
            for (JsonElement element : json.getAsJsonArray()) {
                replace(element, toNull);
            }
        } else if (json.isJsonObject()) {
            JsonObject object = json.getAsJsonObject();
            for (Map.Entry<String, JsonElement> field : object.entrySet()) {
                JsonElement value = field.getValue();
                if (!FIELDS.contains(field.getKey())) {
                    replace(value, toNull);
                } else if (value.isJsonArray()) {
                    JsonArray array = value.getAsJsonArray();
                    for (int i = 0; i < array.size(); i++) {
                        array.set(i, swap(array.get(i), toNull));
                    }
                } else {
                    field.setValue(swap(value, toNull));
                }
            }
        }
        return json;
    }

    private static JsonElement swap(JsonElement value, boolean toNull) {
        if (toNull) {
            boolean minusOne = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                    && value.getAsDouble() == -1.0;
            return minusOne ? JsonNull.INSTANCE : value;
        }
        return value.isJsonNull() ? MINUS_ONE : value;
    }
}
