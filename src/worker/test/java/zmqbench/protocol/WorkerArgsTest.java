package zmqbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class WorkerArgsTest {

    private static final PeerSpec SPEC = PeerSpec.builder("jeromq", ScenarioKind.LATENCY, Role.CONNECT, Pattern.PAIR)
            .endpoint("tcp://127.0.0.1:5555").size(64).counted(1000, 100).hwm(10).timeoutMs(5000)
            .samples(Path.of("/tmp/samples")).build();

    @Test
    void formatThenParseGivesTheSameSpec() {
        WorkerArgs.Parsed parsed = WorkerArgs.parse(WorkerArgs.format(SPEC).toArray(String[]::new));
        assertEquals(SPEC, parsed.spec());
        assertEquals("jeromq", parsed.backend());
    }

    @Test
    void describeNeedsOnlyTheBackend() {
        WorkerArgs.Parsed parsed = WorkerArgs.parse("--backend", "c", "--describe");
        assertTrue(parsed.describe());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--size 0                          | --size must be at least 1 byte, got 0",
        "--count 0                         | --count must be at least 1, got 0",
        "--count many                      | --count must be a whole number, got 'many'",
        "--endpoint nowhere                | --endpoint must look like tcp://HOST:PORT",
        "--endpoint inproc://x             | inproc:// only works inside one process",
        "--scenario speed                  | unknown scenario 'speed' (known: latency, throughput, open-loop",
        "--pattern push-pull               | push-pull is one way",
        "--bogus 1                         | unknown worker argument '--bogus'",
    })
    void badArgumentsSayWhatIsWrong(String override, String message) {
        List<String> args = new ArrayList<>(WorkerArgs.format(SPEC));
        String[] pair = override.strip().split(" ");
        int at = args.indexOf(pair[0]);
        if (at >= 0) {
            args.set(at + 1, pair[1]);
        } else {
            args.addAll(List.of(pair));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse(args.toArray(String[]::new)));
        assertTrue(e.getMessage().contains(message.strip()), e::getMessage);
    }

    @Test
    void missingOptionIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse("--backend", "c", "--scenario", "latency"));
        assertTrue(e.getMessage().startsWith("missing --"), e::getMessage);
    }
}
