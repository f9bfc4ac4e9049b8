package zmqbench.protocol;

import com.google.gson.FieldNamingPolicy;
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
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a record whose named components are records of their own (its groups) flat: each group's
 * fields in the group's place, under their own names, as files written before the grouping kept
 * them; reads such an object back into the groups (a field an older file lacks reads as null, 0 or
 * false). A subclass names the groups, and the saved order when it matters; the record names the
 * subclass in its {@code @JsonAdapter}.
 */
public abstract class FlatGroups implements TypeAdapterFactory {

    private final Set<String> groups;
    private final List<String> order;

    /**
     * @param groups the components (by their Java names) that are written flat
     * @param order every field by its saved name, in the order files keep; empty: the record's order
     */
    protected FlatGroups(Set<String> groups, List<String> order) {
        this.groups = Set.copyOf(groups);
        this.order = List.copyOf(order);
    }

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        TypeAdapter<T> nested = gson.getDelegateAdapter(this, type);
        TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
        Map<String, List<String>> fields = groupFields(type.getRawType());
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                elements.write(out, value == null ? JsonNull.INSTANCE
                        : flat(nested.toJsonTree(value).getAsJsonObject(), fields.keySet()));
            }

            @Override
            public T read(JsonReader in) throws IOException {
                JsonElement json = elements.read(in);
                return json.isJsonNull() ? null : nested.fromJsonTree(grouped(json.getAsJsonObject(), fields));
            }
        };
    }

    /** Each group's saved name, with its fields' saved names. */
    private Map<String, List<String>> groupFields(Class<?> record) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (groups.contains(component.getName())) {
                Class<?> group = component.getType();
                fields.put(savedName(record, component), Arrays.stream(group.getRecordComponents())
                        .map(field -> savedName(group, field)).toList());
            }
        }
        if (fields.size() != groups.size()) {
            throw new IllegalStateException(record.getSimpleName() + " has no group among " + groups);
        }
        return fields;
    }

    private static String savedName(Class<?> record, RecordComponent component) {
        try {
            return FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES.translateName(
                    record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record component without its field", e);
        }
    }

    private JsonObject flat(JsonObject nested, Set<String> groupNames) {
        JsonObject flat = new JsonObject();
        for (Map.Entry<String, JsonElement> field : nested.entrySet()) {
            if (groupNames.contains(field.getKey()) && field.getValue().isJsonObject()) {
                field.getValue().getAsJsonObject().entrySet()
                        .forEach(inner -> flat.add(inner.getKey(), inner.getValue()));
            } else {
                flat.add(field.getKey(), field.getValue());
            }
        }
        if (order.isEmpty()) {
            return flat;
        }
        JsonObject ordered = new JsonObject();
        order.forEach(name -> ordered.add(name, flat.remove(name)));
        if (!flat.keySet().isEmpty()) {
            throw new IllegalStateException("fields without a saved place: " + flat.keySet());
        }
        return ordered;
    }

    private static JsonObject grouped(JsonObject flat, Map<String, List<String>> fields) {
        JsonObject nested = flat.deepCopy();
        fields.forEach((group, names) -> {
            JsonObject inner = new JsonObject();
            names.stream().filter(nested::has).forEach(name -> inner.add(name, nested.remove(name)));
            nested.add(group, inner);
        });
        return nested;
    }
}
