package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.scenario.Pattern;
import zmqbench.protocol.WorkerArgs;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;

/** Which phases a fork runs, and the worker arguments that carry them. */
class WorkerPhasesTest {

    private static List<String> arguments(CompareOptions options, ScenarioKind scenario, Pattern pattern) {
        WorkerPhases phases = WorkerPhases.of(options, scenario);
        PeerSpec spec = PeerSpec.builder("c", scenario, Role.CONNECT, pattern).endpoint("tcp://127.0.0.1:5555")
                .size(64).phases(phases.warmup(), phases.measure()).timeoutMs(10_000)
                .samples(scenario.roundTrips() ? Path.of("samples") : null).pacing(phases.pacing())
                .steady(phases.steadyRule()).build();
        return WorkerArgs.format(spec);
    }

    /** Each of {@code pairs} ("--option value") stands in {@code args}, in any order. */
    private static void assertHas(String args, String... pairs) {
        for (String pair : pairs) {
            assertTrue((" " + args + " ").contains(" " + pair + " "), () -> pair + " missing from: " + args);
        }
    }

    private static String joined(CompareOptions options, ScenarioKind scenario, Pattern pattern) {
        return String.join(" ", arguments(options, scenario, pattern));
    }

    @Test
    void theDefaultIsAutoWarmupCappedThenATimedMeasurementWithTheSteadyStateTest() {
        CompareOptions options = new CompareOptions.Builder().build();
        String args = joined(options, ScenarioKind.THROUGHPUT, Pattern.PAIR);
        assertHas(args, "--warmup-auto 5000", "--measure-ms 1000", "--window-ms 100", "--steady-windows 5",
                "--steady-tolerance 5", "--jit-quiet-ms 10");
        assertFalse(args.contains("--count") || args.contains("--warmup "), args);
        WorkerPhases phases = WorkerPhases.of(options, ScenarioKind.THROUGHPUT);
        assertFalse(phases.counted());
        assertEquals(-1, phases.expectedMessages(), "time decides, not a count");
        assertEquals(6_000, phases.budgetMs(100), "the cap and the measured time");
    }

    @Test
    void aTimedWarmupAndADecimalTolerance() {
        CompareOptions options = new CompareOptions.Builder().warmup(Phase.millis(2_000)).measure(Phase.count(5_000))
                .steadyTolerancePercent(2.5).build();
        String args = joined(options, ScenarioKind.LATENCY, Pattern.PAIR);
        assertHas(args, "--warmup-ms 2000", "--count 5000", "--window-ms 100", "--steady-windows 5",
                "--steady-tolerance 2.5");
        assertFalse(WorkerPhases.of(options, ScenarioKind.LATENCY).counted(), "a timed warm-up: not counted");
    }

    @Test
    void perScenarioCountsWinAndCountedPhasesKeepTheOldArguments() {
        CompareOptions options = new CompareOptions.Builder().latencyCount(3_000L).latencyWarmup(500L).build();
        List<String> args = arguments(options, ScenarioKind.LATENCY, Pattern.PAIR);
        assertHas(String.join(" ", args), "--warmup 500", "--count 3000");
        assertFalse(args.contains("--window-ms"), "no steady-state test when both phases count");
        assertEquals(1, args.stream().filter("--count"::equals).count());
        assertEquals(3_500, WorkerPhases.of(options, ScenarioKind.LATENCY).expectedMessages());
        assertHas(joined(options, ScenarioKind.THROUGHPUT, Pattern.PAIR), "--warmup-auto 5000", "--measure-ms 1000");
    }

    @Test
    void openLoopMeasuresACountAtItsRateAfterAnyWarmUp() {
        CompareOptions options = new CompareOptions.Builder().rate(2_000).measure(Phase.millis(3_000)).build();
        WorkerPhases phases = WorkerPhases.of(options, ScenarioKind.OPEN_LOOP);
        assertEquals(Phase.count(6_000), phases.measure(), "rate x measured time");
        assertEquals(Phase.auto(Defaults.WARMUP_CAP_MS), phases.warmup(), "until steady, as the others");
        assertEquals(Defaults.WARMUP_CAP_MS + 6_000 * 2_000 / 1000 + 6_000 * 1000 / 2_000, phases.budgetMs(2_000),
                "the cap, then per round trip and the schedule");
        String args = joined(options, ScenarioKind.OPEN_LOOP, Pattern.PAIR);
        assertHas(args, "--rate 2000", "--warmup-auto " + Defaults.WARMUP_CAP_MS, "--count 6000");
        CompareOptions timedWarmup = new CompareOptions.Builder().rate(1_000).warmup(Phase.millis(500)).build();
        assertEquals(Phase.millis(500), WorkerPhases.of(timedWarmup, ScenarioKind.OPEN_LOOP).warmup());
        CompareOptions counted = new CompareOptions.Builder().rate(1_000).measure(Phase.count(700)).build();
        assertEquals(Phase.count(700), WorkerPhases.of(counted, ScenarioKind.OPEN_LOOP).measure());
    }

    @Test
    void pubSubRunsTheGenericPhasesAsAnyThroughput() {
        CompareOptions timed = new CompareOptions.Builder().build();
        WorkerPhases phases = WorkerPhases.of(timed, ScenarioKind.THROUGHPUT);
        assertFalse(phases.counted(), "the subscriber ends timed phases, the parent stops the publisher");
        assertHas(joined(timed, ScenarioKind.THROUGHPUT, Pattern.PUB_SUB), "--pattern pub-sub", "--warmup-auto 5000",
                "--measure-ms 1000");
        CompareOptions counted = new CompareOptions.Builder().measure(Phase.count(50_000)).warmup(Phase.count(0))
                .build();
        assertHas(joined(counted, ScenarioKind.THROUGHPUT, Pattern.PUB_SUB), "--warmup 0", "--count 50000");
    }
}
