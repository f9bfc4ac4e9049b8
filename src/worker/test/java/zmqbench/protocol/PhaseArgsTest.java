package zmqbench.protocol;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.SteadyRule;

/** The phase arguments: --warmup / --warmup-ms / --warmup-auto, --count / --measure-ms, the steady-state test. */
class PhaseArgsTest {

    private static final PeerSpec COUNTED = PeerSpec.builder("jeromq", ScenarioKind.THROUGHPUT, Role.BIND,
            Pattern.PUSH_PULL).endpoint("tcp://127.0.0.1:5555").size(64).counted(1000, 100).timeoutMs(5000).build();

    @Test
    void everyPhaseKindSurvivesFormatThenParse() {
        SteadyRule rule = new SteadyRule(50, 4, 2.5, 0);
        for (Phase warmup : List.of(Phase.count(0), Phase.count(7), Phase.millis(0), Phase.millis(300),
                Phase.auto(4000))) {
            for (Phase measure : List.of(Phase.count(9), Phase.millis(1500))) {
                for (SteadyRule steady : List.of(SteadyRule.DEFAULT, rule)) {
                    PeerSpec spec = COUNTED.withPhases(warmup, measure, steady);
                    assertEquals(spec, WorkerArgs.parse(WorkerArgs.format(spec).toArray(String[]::new)).spec());
                }
            }
        }
    }

    @Test
    void timedPhasesAreWrittenExactly() {
        PeerSpec spec = COUNTED.withPhases(Phase.auto(8000), Phase.millis(2000), new SteadyRule(100, 5, 2.5, 1));
        List<String> args = WorkerArgs.format(spec);
        assertEquals(List.of("--measure-ms", "2000", "--warmup-auto", "8000"),
                args.subList(args.indexOf("--measure-ms"), args.indexOf("--measure-ms") + 4));
        assertEquals(List.of("--window-ms", "100", "--steady-windows", "5", "--steady-tolerance", "2.5",
                "--jit-quiet-ms", "1"), args.subList(args.indexOf("--window-ms"), args.indexOf("--window-ms") + 8));
    }

    @Test
    void countedPhasesWithTheDefaultRuleKeepTheOlderForm() {
        List<String> args = WorkerArgs.format(COUNTED);
        assertFalse(args.contains("--window-ms"), args::toString);
        assertEquals("1000", args.get(args.indexOf("--count") + 1));
        assertEquals("100", args.get(args.indexOf("--warmup") + 1));
    }

    @Test
    void noWarmupOptionMeansNoWarmup() {
        PeerSpec spec = WorkerArgs.parse("--backend", "c", "--scenario", "throughput", "--role", "bind",
                "--endpoint", "tcp://127.0.0.1:*", "--size", "64", "--measure-ms", "500").spec();
        assertEquals(Phase.count(0), spec.phases().warmupPhase());
        assertEquals(Phase.millis(500), spec.phases().measurePhase());
        assertEquals(SteadyRule.DEFAULT, spec.phases().steady());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--warmup-ms 500             | --warmup 100 and --warmup-ms 500 exclude each other: give one of --warmup, "
            + "--warmup-ms, --warmup-auto",
        "--measure-ms 500            | --count 1000 and --measure-ms 500 exclude each other: give one of --count, "
            + "--measure-ms",
        "--warmup-auto 0             | --warmup 100 and --warmup-auto 0 exclude each other: give one of --warmup, "
            + "--warmup-ms, --warmup-auto",
        "--window-ms 0               | --window-ms must be at least 1, got 0",
        "--window-ms 99999999999     | --window-ms is out of range, got '99999999999'",
        "--steady-windows 1          | --steady-windows must be at least 2, got 1",
        "--steady-tolerance 0        | --steady-tolerance must be a percentage above 0 and at most 100, got 0",
        "--steady-tolerance 101      | --steady-tolerance must be a percentage above 0 and at most 100, got 101",
        "--steady-tolerance NaN      | --steady-tolerance must be a number such as 5 or 2.5, got 'NaN'",
        "--steady-tolerance five     | --steady-tolerance must be a number such as 5 or 2.5, got 'five'",
        "--jit-quiet-ms -1           | --jit-quiet-ms must be 0 or more, got -1",
    })
    void badPhaseArgumentsSayWhatIsWrong(String added, String message) {
        List<String> args = new ArrayList<>(WorkerArgs.format(COUNTED));
        args.addAll(List.of(added.strip().split(" ")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse(args.toArray(String[]::new)));
        assertEquals(message.strip(), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--count     | 0    | --count must be at least 1, got 0",
        "--count     | -5   | --count must be at least 1, got -5",
        "--warmup    | -1   | --warmup must be 0 or more, got -1",
    })
    void badCountsSayWhatIsWrong(String option, String value, String message) {
        List<String> args = new ArrayList<>(WorkerArgs.format(COUNTED));
        args.set(args.indexOf(option) + 1, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse(args.toArray(String[]::new)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void timedPhasesWithoutCountOrDurationAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse("--backend", "c", "--scenario", "throughput", "--role", "bind",
                        "--endpoint", "tcp://127.0.0.1:*", "--size", "64", "--warmup-ms", "100"));
        assertEquals("missing --count or --measure-ms", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "open-loop  | pair    | 16 | --warmup-auto | 500 | --measure-ms | 100 | --measure-ms 100: open-loop measures "
            + "a count of messages (--count N: rate x duration)",
        "open-loop  | pair    | 16 | --warmup      | 5   | --measure-ms | 100 | --measure-ms 100: open-loop measures "
            + "a count of messages (--count N: rate x duration)",
    })
    void openLoopRefusesATimedMeasurement(String scenario, String pattern, String size, String warmup,
                                            String warmupValue, String measure, String measureValue, String message) {
        List<String> args = new ArrayList<>(List.of("--backend", "c", "--scenario", scenario, "--role", "connect",
                "--pattern", pattern, "--endpoint", "tcp://127.0.0.1:1", "--size", size, warmup, warmupValue,
                measure, measureValue, "--samples", "/tmp/x"));
        if (scenario.equals("open-loop")) {
            args.addAll(List.of("--rate", "1000"));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerArgs.parse(args.toArray(String[]::new)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void pubSubTakesTimedPhases() {
        assertDoesNotThrow(() -> WorkerArgs.parse("--backend", "c", "--scenario", "throughput", "--role", "bind",
                "--pattern", "pub-sub", "--endpoint", "tcp://127.0.0.1:*", "--size", "16", "--warmup-auto", "5000",
                "--measure-ms", "1000"));
    }
}
