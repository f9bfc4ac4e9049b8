package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;

/** --warmup, --measure and the steady-state options: what they become; bad values are in CompareUsageTest. */
class PhaseArgumentsTest {

    private static CompareOptions resolve(String... args) {
        CompareArguments arguments = new CompareArguments();
        new CommandLine(arguments).parseArgs(args);
        return arguments.resolve();
    }

    @Test
    void theDefaultIsAnAutoWarmupAndATimedMeasurement() {
        CompareOptions options = resolve();
        assertEquals(Phase.auto(Defaults.WARMUP_CAP_MS), options.warmup());
        assertEquals(Phase.millis(1_000), options.measure());
        assertEquals(Defaults.WARMUP_CAP_MS, options.warmupCapMs());
        assertEquals(Defaults.WINDOW_MS, options.windowMs());
        assertEquals(Defaults.STEADY_WINDOWS, options.steadyWindows());
        assertEquals(Defaults.STEADY_TOLERANCE_PERCENT, options.steadyTolerancePercent());
        assertNull(options.count(ScenarioKind.LATENCY), "no per-scenario count unless given");
    }

    @Test
    void durationsTakeAUnitAndCountsNone() {
        assertEquals(Phase.millis(2_000), resolve("--warmup", "2s").warmup());
        assertEquals(Phase.millis(500), resolve("--warmup", "500ms").warmup());
        assertEquals(Phase.count(20_000), resolve("--warmup", "20000").warmup());
        assertEquals(Phase.count(0), resolve("--warmup", "0").warmup());
        assertEquals(Phase.auto(Defaults.WARMUP_CAP_MS), resolve("--warmup", "AUTO").warmup());
        assertEquals(Phase.count(1_000_000), resolve("--measure", "1000000").measure());
        assertEquals(Phase.millis(3_000), resolve("--measure", "3s").measure());
        CompareOptions steady = resolve("--warmup-cap", "30s", "--window", "50ms", "--steady-windows", "8",
                "--steady-tolerance", "2.5");
        assertEquals(30_000, steady.warmupCapMs());
        assertEquals(Phase.auto(30_000), steady.warmup(), "an auto warm-up carries its cap");
        assertEquals(50, steady.windowMs());
        assertEquals(8, steady.steadyWindows());
        assertEquals(2.5, steady.steadyTolerancePercent());
    }

    @Test
    void theHelpDescribesThemWithoutFormatWarnings() {
        // picocli warns about an unescaped '%' on System.err, not on the command's stream
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        Cli cli;
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            cli = Cli.run("compare", "--help");
        } finally {
            System.setErr(systemErr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
        assertEquals(0, cli.status(), cli::toString);
        for (String option : new String[] {"--warmup=", "--measure=", "--warmup-cap=", "--window=",
            "--steady-windows=", "--steady-tolerance="}) {
            assertTrue(cli.out().contains(option), option);
        }
        assertFalse(cli.err().contains("WARN"), cli::toString);
    }

    @Test
    void aPerScenarioCountIsKeptBesideTheGenericPhase() {
        CompareOptions options = resolve("--measure", "2s", "--latency-count", "3000", "--throughput-warmup", "500");
        assertEquals(Phase.millis(2_000), options.measure());
        assertEquals(3_000L, options.count(ScenarioKind.LATENCY));
        assertEquals(3_000L, options.count(ScenarioKind.OPEN_LOOP));
        assertNull(options.count(ScenarioKind.THROUGHPUT));
        assertEquals(500L, options.warmupCount(ScenarioKind.THROUGHPUT));
    }
}
