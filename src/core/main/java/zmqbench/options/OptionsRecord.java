package zmqbench.options;

import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import zmqbench.protocol.Json;
import zmqbench.scenario.ScenarioKind;

/** The options as a result set keeps them, and the hash that identical configurations share. */
public final class OptionsRecord {

    private OptionsRecord() {
    }

    public static Map<String, Object> of(CompareOptions options) {
        return Json.GSON.fromJson(json(options), new TypeToken<Map<String, Object>>() { }.getType());
    }

    /**
     * First 8 hex digits of SHA-256 over the options, less where the results go, and less the
     * open-loop rate when no open-loop cell runs, and less the far peer when there is none (so
     * configurations without one hash as before).
     */
    public static String hash(CompareOptions options) {
        JsonObject json = json(options);
        json.remove("out");
        if (!options.scenarios().contains(ScenarioKind.OPEN_LOOP)) {
            json.remove("rate");
        }
        if (options.far() == null) {
            json.remove("far");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Without JVM variants, as before there were any: such sets keep their hash and compare. */
    private static JsonObject json(CompareOptions options) {
        JsonObject json = Json.GSON.toJsonTree(options).getAsJsonObject();
        if (options.jvms().isEmpty()) {
            json.remove("jvms");
        }
        if (options.jvmArgs().isEmpty()) {
            json.remove("jvmArgs");
        }
        json.addProperty("out", options.out() == null ? null : options.out().toString());
        return json;
    }
}
