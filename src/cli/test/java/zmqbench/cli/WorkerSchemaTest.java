package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.protocol.Json;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.TimelineWindow;
import zmqbench.run.BackendCatalog;
import zmqbench.run.Home;

/**
 * The C and the Java worker write result records of one shape: each has exactly the groups and
 * fields of {@link PeerRecord} and its nested records (snake_case, timeline entries those of
 * {@link TimelineWindow}), with JSON types the Java types read, and the two records' shapes are
 * equal. A field added to, moved in or renamed on either side fails here. Runs
 * build/native/zmqbench-worker and the jeromq worker (build/lib) for the same short inproc runs
 * (auto warm-up and timed measurement, or counted phases, as open-loop and pub-sub run; the
 * timeline has windows either way), each bounded by a deadline.
 */
class WorkerSchemaTest {

    private static final long DEADLINE_SECONDS = 30;
    /** The Java worker whose record the C worker's is held to: one without a native library to find. */
    private static final String JAVA_BACKEND = "jeromq";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "latency    | --warmup-auto 200 --measure-ms 50",
        "throughput | --warmup-auto 200 --measure-ms 50",
        "latency    | --warmup 100 --count 1000",
        "throughput | --warmup 100 --count 10000",
        "open-loop  | --warmup 100 --count 1000 --rate 10000",
        "throughput | --pattern pub-sub --hwm 0 --warmup 100 --count 10000"})
    void bothWorkersWriteThePeerRecordsGroupsAndFieldsWithTheirTypes(String scenario, String phases)
            throws Exception {
        JsonObject c = run("c", scenario, phases.split(" "));
        JsonObject java = run(JAVA_BACKEND, scenario, phases.split(" "));

        for (JsonObject result : List.of(c, java)) {
            assertFieldsMatch(PeerRecord.class, result, "");
            PeerRecord record = Json.GSON.fromJson(result, PeerRecord.class);
            assertNull(record.error(), result::toString);
            assertFalse(record.warmup().timeline().isEmpty(), result::toString);
            assertEquals(record.counts().measured(), record.warmup().timeline().stream()
                    .filter(TimelineWindow::measured).mapToLong(TimelineWindow::messages).sum(),
                    () -> "the measured windows hold every measured message: " + result);
        }
        assertEquals(shape(java), shape(c), "the C worker's record against the Java worker's");
    }

    private JsonObject run(String backend, String scenario, String... phases) throws IOException, InterruptedException {
        Home home = Home.fromSystemProperty();
        assertTrue(Files.isExecutable(home.cWorker()), () -> home.cWorker() + " is missing: run 'make native'");
        assertTrue(home.hasJavaBackend(JAVA_BACKEND), () -> home.libDir(JAVA_BACKEND) + " is missing: run 'make'");
        Path out = dir.resolve(backend + ".jsonl");
        List<String> command = new ArrayList<>(new BackendCatalog(home, List.of()).workerCommand(backend));
        command.addAll(List.of("--backend", backend, "--scenario", scenario,
                "--role", "both", "--endpoint", "inproc://schema", "--size", "64", "--window-ms", "10",
                "--steady-windows", "3", "--steady-tolerance", "2.5", "--jit-quiet-ms", "1",
                "--samples", dir.resolve("samples").toString()));
        command.addAll(List.of(phases));
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(backend + " " + scenario + ": the worker did not finish within "
                    + DEADLINE_SECONDS + " s");
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, process.exitValue(), () -> String.join("\n", lines));
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        JsonObject result = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(PeerRecord.EVENT, result.get("event").getAsString());
        return result;
    }

    /**
     * The JSON object's field names are the record's components in snake_case, each of a matching
     * type; a nested record is an object held to its own components, a list of records an array of them.
     */
    private static void assertFieldsMatch(Class<?> type, JsonObject json, String path) {
        Map<String, RecordComponent> expected = new TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            expected.put(snakeCase(component.getName()), component);
        }
        String where = path.isEmpty() ? type.getSimpleName() : path;
        assertEquals(expected.keySet(), new TreeMap<>(json.asMap()).keySet(), where + " fields");
        List<String> mismatches = new ArrayList<>();
        expected.forEach((name, component) -> {
            JsonElement value = json.get(name);
            Class<?> javaType = component.getType();
            if (javaType.isRecord() && value.isJsonObject()) {
                assertFieldsMatch(javaType, value.getAsJsonObject(), path + name + ".");
            } else if (javaType == List.class && value.isJsonArray()) {
                Class<?> item = itemType(component.getGenericType());
                value.getAsJsonArray().forEach(element -> assertFieldsMatch(item, element.getAsJsonObject(),
                        path + name + "[]."));
            } else if (!fits(value, javaType)) {
                mismatches.add(path + name + " (" + javaType.getSimpleName() + ") = " + value);
            }
        });
        assertEquals(List.of(), mismatches, where + " field types");
    }

    private static boolean fits(JsonElement value, Class<?> javaType) {
        if (javaType == String.class) {
            return value.isJsonNull() || value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
        }
        if (javaType == int.class || javaType == long.class) {
            return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                    && value.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
        }
        if (javaType == double.class) {
            return value.isJsonNull() || value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
        }
        if (javaType == boolean.class) {
            return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
        }
        // A record or a list whose value is not an object or an array: a mismatch.
        return false;
    }

    private static Class<?> itemType(Type listType) {
        Type item = ((ParameterizedType) listType).getActualTypeArguments()[0];
        if (!(item instanceof Class<?> itemClass) || !itemClass.isRecord()) {
            throw new AssertionError("no JSON type known for " + listType + ": extend WorkerSchemaTest");
        }
        return itemClass;
    }

    /**
     * A JSON value's shape: an object's field names with their values' shapes, an array's first
     * item's shape, or the kind of a primitive (numbers alike, whole or not).
     */
    private static Object shape(JsonElement value) {
        if (value.isJsonObject()) {
            Map<String, Object> fields = new TreeMap<>();
            value.getAsJsonObject().entrySet().forEach(e -> fields.put(e.getKey(), shape(e.getValue())));
            return fields;
        }
        if (value.isJsonArray()) {
            return value.getAsJsonArray().isEmpty() ? List.of() : List.of(shape(value.getAsJsonArray().get(0)));
        }
        if (value.isJsonNull()) {
            return "null";
        }
        return value.getAsJsonPrimitive().isNumber() ? "number" : value.getAsJsonPrimitive().isBoolean()
                ? "boolean" : "string";
    }

    /** Gson's LOWER_CASE_WITH_UNDERSCORES, which {@link Json#GSON} uses: jitMeasuredNs is jit_measured_ns. */
    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
