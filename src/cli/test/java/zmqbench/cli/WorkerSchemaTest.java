package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
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

/**
 * The C worker's result record has exactly the fields of {@link PeerRecord} (snake_case), and its
 * timeline entries those of {@link TimelineWindow}, with JSON types the Java types read: a field
 * added to or renamed on either side fails here. Runs build/native/zmqbench-worker for short inproc
 * runs (auto warm-up and timed measurement, or counted phases, as open-loop and pub-sub run; the
 * timeline has windows either way), each bounded by a deadline.
 */
class WorkerSchemaTest {

    private static final long DEADLINE_SECONDS = 30;

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
    void theCWorkerWritesThePeerRecordsFieldsWithTheirTypes(String scenario, String phases) throws Exception {
        JsonObject result = run(scenario, phases.split(" "));

        assertFieldsMatch(PeerRecord.class, result);
        List<JsonElement> timeline = result.getAsJsonArray("timeline").asList();
        assertFalse(timeline.isEmpty(), result::toString);
        for (JsonElement window : timeline) {
            assertFieldsMatch(TimelineWindow.class, window.getAsJsonObject());
        }

        PeerRecord record = Json.GSON.fromJson(result, PeerRecord.class);
        assertEquals(timeline.size(), record.timeline().size());
        assertTrue(record.error() == null, result::toString);
        assertEquals(record.measuredMessages(), record.timeline().stream()
                .filter(TimelineWindow::measured).mapToLong(TimelineWindow::messages).sum(),
                () -> "the measured windows hold every measured message: " + result);
    }

    private JsonObject run(String scenario, String... phases) throws IOException, InterruptedException {
        Path worker = Path.of(System.getProperty("zmqbench.home", "."), "build", "native", "zmqbench-worker");
        assertTrue(Files.isExecutable(worker), () -> worker + " is missing: run 'make native'");
        Path out = dir.resolve("out.jsonl");
        List<String> command = new ArrayList<>(List.of(worker.toString(), "--backend", "c", "--scenario", scenario,
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
            throw new AssertionError(scenario + ": the worker did not finish within " + DEADLINE_SECONDS + " s");
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, process.exitValue(), () -> String.join("\n", lines));
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        JsonObject result = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(PeerRecord.EVENT, result.get("event").getAsString());
        return result;
    }

    /** The JSON object's field names are the record's components in snake_case, each of a matching type. */
    private static void assertFieldsMatch(Class<? extends Record> type, JsonObject json) {
        Map<String, Class<?>> expected = new TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            expected.put(snakeCase(component.getName()), component.getType());
        }
        assertEquals(expected.keySet(), new TreeMap<>(json.asMap()).keySet(), type.getSimpleName() + " fields");
        List<String> mismatches = new ArrayList<>();
        expected.forEach((name, javaType) -> {
            if (!fits(json.get(name), javaType)) {
                mismatches.add(name + " (" + javaType.getSimpleName() + ") = " + json.get(name));
            }
        });
        assertEquals(List.of(), mismatches, type.getSimpleName() + " field types");
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
        if (javaType == List.class) {
            return value.isJsonArray();
        }
        throw new AssertionError("no JSON type known for " + javaType + ": extend WorkerSchemaTest.fits");
    }

    /** Gson's LOWER_CASE_WITH_UNDERSCORES, which {@link Json#GSON} uses: messagesSent is messages_sent. */
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
