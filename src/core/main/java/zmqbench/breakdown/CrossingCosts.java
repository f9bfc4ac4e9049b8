package zmqbench.breakdown;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The measured cost of one native crossing per backend, ns: what its trivial call costs over c's
 * direct call of the same function ({@code over_c_ns} of {@code zmqbench crossings --format json}).
 *
 * @param nsByBackend ns per crossing, by backend; a backend without a row has no cost to apply
 */
public record CrossingCosts(Map<String, Double> nsByBackend) {

    /** No crossings measured: the breakdown counts crossings but cannot time them. */
    public static final CrossingCosts NONE = new CrossingCosts(Map.of());

    public CrossingCosts {
        nsByBackend = Map.copyOf(nsByBackend);
    }

    /** Reads the JSON that {@code zmqbench crossings --format json} prints; one clear line if it is not that. */
    public static CrossingCosts read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + " (" + e.getClass().getSimpleName() + "): write it with "
                    + "'zmqbench crossings --format json > " + file + "'", e);
        }
        JsonElement json;
        try {
            json = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IOException(file + " is not JSON: write it with 'zmqbench crossings --format json > "
                    + file + "'");
        }
        if (!json.isJsonObject() || !json.getAsJsonObject().has("rows")) {
            throw new IOException(file + " has no \"rows\": write it with 'zmqbench crossings --format json > "
                    + file + "'");
        }
        Map<String, Double> costs = new HashMap<>();
        for (JsonElement row : json.getAsJsonObject().getAsJsonArray("rows")) {
            JsonObject r = row.getAsJsonObject();
            JsonElement over = r.get("over_c_ns");
            if (over != null && !over.isJsonNull()) {
                costs.put(r.get("backend").getAsString(), over.getAsDouble());
            }
        }
        return new CrossingCosts(costs);
    }

    /** ns per crossing of {@code backend}, or null when not measured. */
    public Double of(String backend) {
        return nsByBackend.get(backend);
    }
}
