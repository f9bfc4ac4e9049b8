package zmqbench.results;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import zmqbench.scenario.OpenLoopPeer;

/**
 * Reads a {@link ForkResult} as stored now, or as result sets written before its fields were
 * grouped stored it: flat ({@code messages_sent}, {@code cpu_ns}, {@code target_rate}, ...), with
 * the JIT figures inside the warm-up. Such a fork's fields are moved into their groups, then read as
 * a grouped one; a fork is written grouped.
 */
final class FlatForkResult implements TypeAdapterFactory {

    /** A field only the flat form has. */
    private static final String FLAT_MARK = "messages_sent";

    /** Where each flat field goes: its path in the flat fork (dot: inside the warm-up), group, name. */
    private static final String[][] MOVES = {
        {"messages_sent", "counts", "sent"},
        {"messages_received", "counts", "received"},
        {"measured_messages", "counts", "measured"},
        {"dropped", "counts", "dropped"},
        {"elapsed_ns", "timing", "elapsed_ns"},
        {"enqueue_ns", "timing", "enqueue_ns"},
        {"rtt_ns", "latency", "rtt_ns"},
        {"rtt_uncorrected_ns", "latency", "rtt_uncorrected_ns"},
        {"cpu_ns", "cost", "cpu_ns"},
        {"peak_rss_kb", "cost", "peak_rss_kb"},
        {"alloc_bytes", "cost", "alloc_bytes"},
        {"gc_count", "cost", "gc_count"},
        {"gc_ns", "cost", "gc_ns"},
        {"warmup.jit_ns", "cost", "jit_ns"},
        {"warmup.jit_measured_ns", "cost", "jit_measured_ns"},
        {"warmup.steady_state", "warmup", "steady_state"},
        {"warmup.warmup_ns", "warmup", "duration_ns"},
        {"warmup.warmup_messages", "warmup", "messages"},
        {"warmup.window_ns", "warmup", "window_ns"},
        {"warmup.timeline", "warmup", "timeline"},
    };

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        TypeAdapter<T> grouped = gson.getDelegateAdapter(this, type);
        TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                grouped.write(out, value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                JsonElement json = elements.read(in);
                boolean flat = json.isJsonObject() && json.getAsJsonObject().has(FLAT_MARK);
                return grouped.fromJsonTree(flat ? regroup(json.getAsJsonObject()) : json);
            }
        };
    }

    private static JsonObject regroup(JsonObject flat) {
        JsonObject fork = new JsonObject();
        for (String kept : new String[] {"fork", "round", "status"}) {
            if (flat.has(kept)) {
                fork.add(kept, flat.get(kept));
            }
        }
        for (String[] move : MOVES) {
            JsonElement value = find(flat, move[0]);
            if (value != null) {
                group(fork, move[1]).add(move[2], value);
            }
        }
        JsonObject cost = group(fork, "cost");
        for (String jit : new String[] {"jit_ns", "jit_measured_ns", "native_crossings"}) {
            if (!cost.has(jit)) {
                cost.addProperty(jit, -1); // not recorded: no warm-up in the file
            }
        }
        long target = flat.has("target_rate") ? flat.get("target_rate").getAsLong() : 0;
        if (target > 0) {
            double achieved = flat.get("achieved_rate").getAsDouble();
            JsonObject rate = group(fork, "rate");
            rate.addProperty("target", target);
            rate.addProperty("achieved", achieved);
            rate.addProperty("met", achieved >= OpenLoopPeer.RATE_MET_FRACTION * target);
        }
        return fork;
    }

    /** The value at {@code path} ("name" or "warmup.name"), or null when absent or inside a null warm-up. */
    private static JsonElement find(JsonObject flat, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return flat.get(path);
        }
        JsonElement outer = flat.get(path.substring(0, dot));
        return outer != null && outer.isJsonObject() ? outer.getAsJsonObject().get(path.substring(dot + 1)) : null;
    }

    private static JsonObject group(JsonObject fork, String name) {
        if (!fork.has(name)) {
            fork.add(name, new JsonObject());
        }
        return fork.getAsJsonObject(name);
    }
}
