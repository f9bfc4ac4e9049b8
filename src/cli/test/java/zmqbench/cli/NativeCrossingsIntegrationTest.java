package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zmqbench.backend.CrossingCounter;
import zmqbench.protocol.Json;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.WorkerArgs;
import zmqbench.run.BackendCatalog;
import zmqbench.run.Home;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;

/**
 * The counting build ({@link CrossingCounter}): an inproc PAIR latency fork through each built
 * backend's real worker, its JVM run with the counting switch on, reports the native crossings of
 * its measured round trips. Each round trip is four socket calls (the pinger's send and receive,
 * the echo's receive and send): one crossing each through jni, jzmq, jna and ffm, and one or two
 * through ffm-critical, whose receive tries a critical DONTWAIT call first and blocks in a second
 * call when nothing is there yet. Counts only; the switch off reports -1.
 */
class NativeCrossingsIntegrationTest {

    private static final long ROUND_TRIPS = 2000;
    /** A receive in progress when the measurement starts or ends counts on one side of the boundary. */
    private static final long BOUNDARY = 4;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"c, 0, 0", "jni, 4, 4", "jzmq, 4, 4", "jna, 4, 4", "ffm, 4, 4", "ffm-critical, 4, 6", "jeromq, 0, 0"})
    void eachRoundTripCrossesAsOftenAsTheBindingCalls(String backend, long least, long most) throws Exception {
        Assumptions.assumeTrue(Cli.builtBackends().contains(backend), backend + " is not built here");

        PeerRecord record = run(backend, true);

        assertNull(record.error(), record::toString);
        long measured = record.counts().measured();
        assertEquals(ROUND_TRIPS, measured, record::toString);
        long crossings = record.cost().nativeCrossings();
        assertTrue(crossings >= least * measured - BOUNDARY && crossings <= most * measured + BOUNDARY,
                () -> backend + ": " + crossings + " crossings in " + measured + " round trips");
    }

    @ParameterizedTest
    @CsvSource({"jni", "jeromq"})
    void withoutTheSwitchNothingIsCounted(String backend) throws Exception {
        assertEquals(-1, run(backend, false).cost().nativeCrossings());
    }

    private PeerRecord run(String backend, boolean counting) throws IOException, InterruptedException {
        List<String> jvmOptions = counting ? List.of("-D" + CrossingCounter.PROPERTY + "=true") : List.of();
        List<String> command = new ArrayList<>(new BackendCatalog(Home.fromSystemProperty(), jvmOptions)
                .workerCommand(backend));
        command.addAll(WorkerArgs.format(PeerSpec.builder(backend, ScenarioKind.LATENCY, Role.BOTH, Pattern.PAIR)
                .endpoint("inproc://crossings").size(64).counted(ROUND_TRIPS, 200).timeoutMs(10_000)
                .samples(dir.resolve("samples")).build()));
        String out = WorkerRun.stdout(command, 0);
        return Json.GSON.fromJson(out, PeerRecord.class);
    }
}
