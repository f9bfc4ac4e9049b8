package zmqbench.run;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import zmqbench.options.CompareOptions;
import zmqbench.options.OptionsRecord;
import zmqbench.protocol.Json;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenarios.ScenarioType;

/** The hash that identical configurations share: it names a result directory and is kept in the set. */
public final class ConfigHash {

    private ConfigHash() {
    }

    /**
     * First 8 hex digits of SHA-256 over the options' JSON, less where the results go, less the
     * options only scenarios that do not run read ({@link ScenarioType#cellOptions}: the open-loop
     * rate without open-loop cells), less the far peer when there is none, less the JVM variants and
     * the library releases when there are none (so configurations without them hash as before they
     * existed).
     */
    public static String of(CompareOptions options) {
        JsonObject json = Json.GSON.toJsonTree(options).getAsJsonObject();
        json.remove("out");
        json.keySet().removeIf(name -> unread(OptionsRecord.normalized(name), options.matrix().scenarios()));
        if (options.network().far() == null) {
            json.remove("far");
        }
        if (options.launch().jvms().isEmpty()) {
            json.remove("jvms");
        }
        if (options.launch().jvmArgs().isEmpty()) {
            json.remove("jvm_args");
        }
        if (options.matrix().releases().isEmpty()) {
            json.remove("releases");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True when {@code option} is read by the cells of some scenario only, none of them in {@code running}. */
    private static boolean unread(String option, List<ScenarioKind> running) {
        List<ScenarioKind> readers = Arrays.stream(ScenarioKind.values())
                .filter(kind -> ScenarioType.of(kind).cellOptions().contains(option)).toList();
        return !readers.isEmpty() && readers.stream().noneMatch(running::contains);
    }
}
