package zmqbench.worker;

import zmqbench.protocol.Json;
import zmqbench.protocol.SendRate;
import zmqbench.protocol.WorkerArgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;

/** The worker protocol's open-loop arguments: --rate, and what open-loop refuses. */
class OpenLoopArgsTest {

    private static final PeerSpec SPEC = PeerSpec.builder("jeromq", ScenarioKind.OPEN_LOOP, Role.CONNECT,
                    Pattern.DEALER_ROUTER)
            .endpoint("tcp://127.0.0.1:5555").size(64).counted(1000, 100).timeoutMs(5000)
            .samples(Path.of("/tmp/samples")).rate(20_000).build();

    @Test
    void formatThenParseKeepsTheRate() {
        List<String> args = WorkerArgs.format(SPEC);
        assertEquals("20000", args.get(args.indexOf("--rate") + 1));
        assertEquals(SPEC, WorkerArgs.parse(args.toArray(String[]::new)).spec());
    }

    @Test
    void otherScenariosHaveNoRateArgument() {
        PeerSpec latency = PeerSpec.builder("c", ScenarioKind.LATENCY, Role.CONNECT, Pattern.PAIR)
                .endpoint("tcp://127.0.0.1:5555").size(64).counted(1000, 100).timeoutMs(5000)
                .samples(Path.of("/tmp/samples")).build();
        assertEquals(0, latency.rate());
        assertFalse(WorkerArgs.format(latency).contains("--rate"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--rate 0          | --rate must be from 1 to 1000000000 messages per second, got 0",
        "--rate fast       | --rate must be a whole number, got 'fast'",
        "--size 8          | open-loop needs --size of at least 16 bytes (the intended and the actual send time in "
            + "every message), got 8",
        "--pattern req-rep | req-rep is lock-step (one request, then its reply): open-loop needs several messages in "
            + "flight",
        "--pattern pub-sub | pub-sub is one way: it cannot echo, so it has no round-trip latency",
        "--scenario latency | --rate applies to --scenario open-loop only, got --rate 20000 with latency",
    })
    void refusalsSayWhatIsWrong(String override, String message) {
        List<String> args = new ArrayList<>(WorkerArgs.format(SPEC));
        String[] pair = override.strip().split(" ");
        args.set(args.indexOf(pair[0]) + 1, pair[1]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse(args.toArray(String[]::new)));
        assertEquals(message.strip(), e.getMessage());
    }

    @Test
    void openLoopWithoutARateIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WorkerMain.run(new String[] {"--backend", "c", "--scenario", "open-loop", "--role", "bind",
            "--endpoint", "tcp://127.0.0.1:*", "--size", "16", "--count", "10"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        assertEquals(WorkerMain.EXIT_USAGE, exit);
        JsonObject record = JsonParser.parseString(out.toString(StandardCharsets.UTF_8).strip()).getAsJsonObject();
        assertEquals("missing --rate (open-loop sends at a fixed rate, in messages per second)",
                record.get("message").getAsString());
    }

    @Test
    void theResultRecordsRateIsMetFromNinetyNinePercentOfItsTarget() {
        JsonObject json = JsonParser.parseString(Json.GSON.toJson(SendRate.of(10_000, 9_995.5))).getAsJsonObject();
        assertEquals(10_000, json.get("target").getAsLong());
        assertEquals(9_995.5, json.get("achieved").getAsDouble());
        assertTrue(json.get("met").getAsBoolean());
        assertFalse(SendRate.of(10_000, 9_899).met(), "below 99%");
        assertFalse(SendRate.of(0, 0).met(), "no target: other scenarios, and the echo");
    }
}
