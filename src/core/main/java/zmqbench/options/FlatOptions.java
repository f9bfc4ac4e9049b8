package zmqbench.options;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@link CompareOptions} as result sets have always kept them: one flat object of every
 * option by its snake_case name, in the order below (the config hash is taken over it), not a
 * nested object per group. Reads each group from that one object, every group taking the names it
 * has (an option an older set did not record reads as null, 0 or false).
 */
final class FlatOptions implements TypeAdapterFactory {

    /** The saved order, from before the options were grouped. */
    static final List<String> ORDER = List.of("backends", "scenarios", "patterns", "transports", "sizes", "hwms",
            "latency_count", "latency_warmup", "throughput_count", "throughput_warmup", "warmup", "measure",
            "warmup_cap_ms", "window_ms", "steady_windows", "steady_tolerance_percent", "rate", "gaps_ns", "forks",
            "placement", "timeout_ms", "tcp_address", "baseline", "seed", "interop", "jvm_options", "jvms",
            "jvm_args", "out", "far", "precision", "max_forks", "time_budget_seconds", "slice_ms", "margin",
            "releases");

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
        return (TypeAdapter<T>) new TypeAdapter<CompareOptions>() {
            @Override
            public void write(JsonWriter out, CompareOptions options) throws IOException {
                elements.write(out, options == null ? JsonNull.INSTANCE : flat(gson, options));
            }

            @Override
            public CompareOptions read(JsonReader in) throws IOException {
                JsonElement json = elements.read(in);
                return json.isJsonNull() ? null : new CompareOptions(gson.fromJson(json, Matrix.class),
                        gson.fromJson(json, Load.class), gson.fromJson(json, Counts.class),
                        gson.fromJson(json, Phases.class), gson.fromJson(json, Rounds.class),
                        gson.fromJson(json, Launch.class), gson.fromJson(json, Network.class),
                        gson.fromJson(json, Output.class));
            }
        };
    }

    private static JsonObject flat(Gson gson, CompareOptions options) {
        JsonObject merged = new JsonObject();
        for (Record group : List.of(options.matrix(), options.load(), options.counts(), options.phases(),
                options.rounds(), options.launch(), options.network(), options.output())) {
            gson.toJsonTree(group).getAsJsonObject().entrySet().forEach(field -> merged.add(field.getKey(), field.getValue()));
        }
        JsonObject ordered = new JsonObject();
        ORDER.forEach(name -> ordered.add(name, merged.remove(name)));
        if (!merged.keySet().isEmpty()) {
            throw new IllegalStateException("options without a saved place: " + merged.keySet());
        }
        return ordered;
    }
}
