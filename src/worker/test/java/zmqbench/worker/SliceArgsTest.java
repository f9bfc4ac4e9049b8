package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.protocol.WorkerArgs;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;

/** The worker protocol's --slices argument: what it takes, what it refuses, and how. */
class SliceArgsTest {

    private static final List<String> LATENCY = List.of("--backend", "c", "--scenario", "latency", "--role",
            "connect", "--endpoint", "tcp://127.0.0.1:1", "--size", "64", "--samples", "/tmp/samples", "--slices");

    @Test
    void everyWarmupKindWithSlicesSurvivesFormatThenParse() {
        for (Phase warmup : List.of(Phase.count(1), Phase.millis(0), Phase.millis(300), Phase.auto(5000))) {
            for (PeerSpec spec : List.of(
                    PeerSpec.builder("jeromq", ScenarioKind.LATENCY, Role.CONNECT, Pattern.REQ_REP)
                            .endpoint("tcp://127.0.0.1:1").size(64).phases(warmup, Phase.slices()).timeoutMs(5000)
                            .samples(Path.of("/tmp/samples")).build(),
                    PeerSpec.builder("c", ScenarioKind.THROUGHPUT, Role.BIND, Pattern.DEALER_ROUTER)
                            .endpoint("tcp://127.0.0.1:*").size(64).phases(warmup, Phase.slices()).hwm(100)
                            .timeoutMs(5000).build())) {
                List<String> args = WorkerArgs.format(spec);
                assertTrue(args.contains("--slices"), args::toString);
                assertTrue(!args.contains("--count") && !args.contains("--measure-ms"), args::toString);
                PeerSpec parsed = WorkerArgs.parse(args.toArray(String[]::new)).spec();
                assertEquals(spec, parsed);
                assertTrue(parsed.sliced());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--warmup-auto 500 --count 1000       | --slices: --count and --measure-ms do not apply (the parent's slice "
            + "lines are the measurement)",
        "--warmup-auto 500 --measure-ms 1000  | --slices: --count and --measure-ms do not apply (the parent's slice "
            + "lines are the measurement)",
        "--warmup 0                           | --slices: needs a warm-up (--warmup N of at least 1, --warmup-ms MS "
            + "or --warmup-auto CAP_MS)",
        "--size 64                            | --slices: needs a warm-up (--warmup N of at least 1, --warmup-ms MS "
            + "or --warmup-auto CAP_MS)",
        "--warmup-auto 500 --scenario open-loop --rate 1000 | --slices: open-loop cannot be measured in slices",
        "--warmup-auto 500 --scenario throughput --pattern pub-sub --role bind | --slices: pub-sub cannot be "
            + "measured in slices (PUB drops at the high-water mark)",
    })
    void refusalsAreUsageErrorsWithOneRecord(String added, String message) {
        List<String> args = new ArrayList<>(LATENCY);
        List<String> extra = List.of(added.strip().split(" +"));
        for (int i = 0; i < extra.size(); i += 2) {
            int at = args.indexOf(extra.get(i));
            if (at >= 0) {
                args.set(at + 1, extra.get(i + 1));
            } else {
                args.addAll(extra.subList(i, i + 2));
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse(args.toArray(String[]::new)));
        assertEquals(message.strip(), e.getMessage());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WorkerMain.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(WorkerMain.EXIT_USAGE, exit, text);
        assertEquals(1, text.lines().count(), text);
        JsonObject record = JsonParser.parseString(text).getAsJsonObject();
        assertEquals("error", record.get("event").getAsString());
        assertEquals(message.strip(), record.get("message").getAsString());
    }

    @Test
    void aWarmupIsNeverSlices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeerSpec.builder("c", ScenarioKind.THROUGHPUT, Role.BIND, Pattern.PAIR).endpoint("tcp://127.0.0.1:*")
                        .size(64).phases(Phase.slices(), Phase.slices()).timeoutMs(5000).build());
        assertEquals("the warm-up takes a count, a duration or auto, not slices", e.getMessage());
    }
}
