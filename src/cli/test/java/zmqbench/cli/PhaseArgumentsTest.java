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
        assertEquals(Phase.auto(Defaults.WARMUP_CAP_MS), options.phases().warmup());
        assertEquals(Phase.millis(1_000), options.phases().measure());
        assertEquals(Defaults.WARMUP_CAP_MS, options.phases().warmupCapMs());
        assertEquals(Defaults.WINDOW_MS, options.phases().windowMs());
        assertEquals(Defaults.STEADY_WINDOWS, options.phases().steadyWindows());
        assertEquals(Defaults.STEADY_TOLERANCE_PERCENT, options.phases().steadyTolerancePercent());
        assertNull(options.counts().measured(ScenarioKind.LATENCY), "no per-scenario count unless given");
    }

    @Test
    void durationsTakeAUnitAndCountsNone() {
        assertEquals(Phase.millis(2_000), resolve("--warmup", "2s").phases().warmup());
        assertEquals(Phase.millis(500), resolve("--warmup", "500ms").phases().warmup());
        assertEquals(Phase.count(20_000), resolve("--warmup", "20000").phases().warmup());
        assertEquals(Phase.count(0), resolve("--warmup", "0").phases().warmup());
        assertEquals(Phase.auto(Defaults.WARMUP_CAP_MS), resolve("--warmup", "AUTO").phases().warmup());
        assertEquals(Phase.count(1_000_000), resolve("--measure", "1000000").phases().measure());
        assertEquals(Phase.millis(3_000), resolve("--measure", "3s").phases().measure());
        CompareOptions steady = resolve("--warmup-cap", "30s", "--window", "50ms", "--steady-windows", "8",
                "--steady-tolerance", "2.5");
        assertEquals(30_000, steady.phases().warmupCapMs());
        assertEquals(Phase.auto(30_000), steady.phases().warmup(), "an auto warm-up carries its cap");
        assertEquals(50, steady.phases().windowMs());
        assertEquals(8, steady.phases().steadyWindows());
        assertEquals(2.5, steady.phases().steadyTolerancePercent());
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
        assertEquals(Phase.millis(2_000), options.phases().measure());
        assertEquals(3_000L, options.counts().measured(ScenarioKind.LATENCY));
        assertEquals(3_000L, options.counts().measured(ScenarioKind.OPEN_LOOP));
        assertNull(options.counts().measured(ScenarioKind.THROUGHPUT));
        assertEquals(500L, options.counts().warmup(ScenarioKind.THROUGHPUT));
    }
}
