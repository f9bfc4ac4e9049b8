package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.scenario.Transport;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.results.RunLog;
import zmqbench.results.Timestamps;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;

/** The run's set-up with fake workers: which backends run, the baseline, the saved set; no process started. */
class ComparisonRunnerTest {

    private static final long MESSAGES = 1_000_000;

    @TempDir
    Path temp;

    private final List<String> notices = new ArrayList<>();

    /** Every backend available but those named; every fork delivers a million messages in a second. */
    private record FakeWorkers(Set<String> unavailable) implements Workers {
        @Override
        public List<BackendStatus> probe(BackendCatalog catalog, List<String> columns) {
            return columns.stream().map(column -> unavailable.contains(column)
                    ? new BackendStatus(column, false, null, null, "not built")
                    : new BackendStatus(column, true, "1.0", "4.3.4", null)).toList();
        }

        @Override
        public ForkSource forks(BackendCatalog catalog, CompareOptions options, Path scratch) {
            return (CellKey key, String passive, String active, int fork) -> new ForkOutcome(ForkResult.builder(fork, "ok")
                    .sent(MESSAGES).received(MESSAGES).measured(MESSAGES).elapsedNs(1_000_000_000L)
                    .enqueueNs(1_000_000_000L).cpuNs(1).peakRssKb(1).build(), null, "1.0", "4.3.4");
        }
    }

    private CompareOptions.Builder oneCell() {
        return new CompareOptions.Builder().sliceMs(0).backends(List.of("c", "jni", "jeromq"))
                .scenarios(List.of(ScenarioKind.THROUGHPUT)).transports(List.of(Transport.INPROC)).forks(1).precision(0)
                .timeBudgetSeconds(0).sliceMs(0).out(temp.resolve("set"));
    }

    private ComparisonOutcome run(RunRequest request, String... unavailable) throws Exception {
        ComparisonRunner runner = new ComparisonRunner(new Home(temp), "test", notices::add,
                new FakeWorkers(Set.of(unavailable)));
        return runner.run(request, Comparison.Listener.SILENT);
    }

    @Test
    void savesEveryBackendsCellsWithTheirEnvironmentAndBaseline() throws Exception {
        ComparisonOutcome outcome = run(new RunRequest(oneCell().build(), true, false));
        assertEquals(temp.resolve("set"), outcome.dir());
        assertFalse(outcome.failed());
        ResultSet saved = ResultStore.read(outcome.dir());
        assertTrue(saved.complete());
        assertEquals("c", saved.baseline());
        assertEquals(List.of("c", "jni", "jeromq"), saved.cells().stream().map(CellResult::backend).toList());
        assertEquals("1.0 (libzmq 4.3.4)", saved.environment().get("backend_jni"));
        assertEquals(List.of(), notices);
    }

    @Test
    void theSetSaysWhenTheRunStartedAndEndedAndHowItsCellsRan() throws Exception {
        ResultSet saved = ResultStore.read(run(new RunRequest(oneCell().build(), true, false)).dir());
        RunLog log = saved.runLog();
        assertEquals(Timestamps.format(log.started()), saved.createdAt(), "created when started, with the offset");
        assertFalse(log.ended().isBefore(log.started()));
        assertEquals(Duration.between(log.started(), log.ended()).toMillis() / 1000.0, log.durationSeconds());
        assertEquals(List.of(RunLog.CellRun.forks(new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR,
                Transport.INPROC, 64, -1), 1, "fixed")), log.cells());
    }

    @Test
    void aBackendThatCannotRunIsSkippedAndFailsTheRunOnlyWhenNamed() throws Exception {
        ComparisonOutcome named = run(new RunRequest(oneCell().build(), true, false), "jni");
        assertEquals(List.of("c", "jeromq"), named.cells().stream().map(CellResult::backend).toList());
        assertTrue(named.failed(), "jni was asked for by name");
        assertEquals(List.of("skipping jni: not built"), notices);
        assertEquals("unavailable: not built", ResultStore.read(named.dir()).environment().get("backend_jni"));

        CompareOptions byDefault = oneCell().out(temp.resolve("default")).build();
        assertFalse(run(new RunRequest(byDefault, false, false), "jni").failed(), "the default has what there is");
    }

    @Test
    void aNamedBaselineThatWillNotRunIsRefusedBeforeTheSetIsStarted() {
        RunRefused refused = assertThrows(RunRefused.class,
                () -> run(new RunRequest(oneCell().baseline("c").build(), false, true), "c"));
        assertTrue(refused.badUsage());
        assertEquals("--baseline c: not among the backends that will run (jni, jeromq), so no ratio could be "
                + "taken: choose another baseline or none", refused.getMessage());
        assertEquals(List.of("skipping c: not built"), notices);
        assertFalse(Files.exists(temp.resolve("set")));
    }

    @Test
    void theDefaultBaselineThatWillNotRunLeavesNoRatiosAndRunsTheRest() throws Exception {
        ComparisonOutcome outcome = run(new RunRequest(oneCell().build(), false, false), "c");
        assertFalse(outcome.failed());
        assertNull(ResultStore.read(outcome.dir()).baseline());
        assertEquals(List.of("skipping c: not built", "no ratios: the default baseline c will not run "
                + "(--baseline NAME takes them against one that does)"), notices);
    }

    @Test
    void anotherNamedBaselineThatRunsIsKept() throws Exception {
        ComparisonOutcome outcome = run(new RunRequest(oneCell().baseline("jeromq").build(), true, true), "c");
        assertEquals("jeromq", ResultStore.read(outcome.dir()).baseline());
    }

    @Test
    void noBackendThatCanRunIsNotBadUsage() {
        RunRefused refused = assertThrows(RunRefused.class,
                () -> run(new RunRequest(oneCell().build(), false, false), "c", "jni", "jeromq"));
        assertFalse(refused.badUsage());
        assertEquals(AvailableBackends.NONE, refused.getMessage());
    }

    @Test
    void whatNoCellCanMeasureIsNamedBeforeTheRun() throws Exception {
        run(new RunRequest(oneCell().backends(List.of("c", "jeromq")).interop(true).build(), false, false));
        assertEquals(List.of("not measured: interop over inproc: inproc cannot cross processes"), notices);
    }
}
