package zmqbench.worker;

import zmqbench.protocol.Json;
import zmqbench.protocol.PeerRecord;
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

    private static final PeerSpec SPEC = new PeerSpec("jeromq", ScenarioKind.OPEN_LOOP, Role.CONNECT,
            Pattern.DEALER_ROUTER, "tcp://127.0.0.1:5555", 64, 1000, 100, -1, 5000, Path.of("/tmp/samples"), 20_000);

    @Test
    void formatThenParseKeepsTheRate() {
        List<String> args = WorkerArgs.format(SPEC);
        assertEquals("20000", args.get(args.indexOf("--rate") + 1));
        assertEquals(SPEC, WorkerArgs.parse(args.toArray(String[]::new)).spec());
    }

    @Test
    void otherScenariosHaveNoRateArgument() {
        PeerSpec latency = new PeerSpec("c", ScenarioKind.LATENCY, Role.CONNECT, Pattern.PAIR, "tcp://127.0.0.1:5555",
                64, 1000, 100, -1, 5000, Path.of("/tmp/samples"));
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
    void theResultRecordCarriesTheRateFields() {
        PeerRecord record = new PeerRecord("result", "c", "4.3.4", "4.3.4", "connect", "open-loop", "pair",
                "tcp://127.0.0.1:1", 16, 10, 100, 110, 110, 100, 0, 1, 0, 100, 1, 1, -1, -1, -1, 10_000, 9_995.5,
                true, null, PeerRecord.FIXED, 0, 10, -1, -1, 0, List.of(), 0);
        JsonObject json = JsonParser.parseString(Json.GSON.toJson(record)).getAsJsonObject();
        assertEquals(10_000, json.get("target_rate").getAsLong());
        assertEquals(9_995.5, json.get("achieved_rate").getAsDouble());
        assertTrue(json.get("rate_met").getAsBoolean());
    }
}
