package zmqbench.options;

import com.google.gson.JsonElement;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import zmqbench.protocol.Json;

/**
 * The options as a result set keeps them (JSON: snake_case names, enums by their command-line
 * names), field by field for reports and diff ({@code zmqbench.run.ConfigHash} hashes them).
 */
public final class OptionsRecord {

    private OptionsRecord() {
    }

    /** Each option by its saved name, e.g. {@code latency_count}, with its saved value; in declaration order. */
    public static Map<String, JsonElement> fields(CompareOptions options) {
        Map<String, JsonElement> fields = new LinkedHashMap<>();
        Json.GSON.toJsonTree(options).getAsJsonObject().entrySet()
                .forEach(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    /** An option's name as a scenario type's {@code cellOptions} gives it: no case, '_' or '-'. */
    public static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** A saved value as text: a string or number as it is, anything else as its JSON. */
    public static String text(JsonElement value) {
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }
}
