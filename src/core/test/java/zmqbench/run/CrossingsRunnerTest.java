package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.crossings.CrossingForks;
import zmqbench.protocol.CrossingSpec;

/**
 * The rounds of {@code zmqbench crossings} against a fake C worker that logs its arguments and
 * prints a crossing record for zmq_errno, an error for zmq_ctx_get.
 */
class CrossingsRunnerTest {

    private static final String RECORD = "{\"event\":\"crossing\",\"backend\":\"c\",\"backend_version\":\"4.3.4\","
            + "\"libzmq_version\":\"4.3.4\",\"call\":\"zmq_errno\",\"calls\":100,\"warmup_batches\":5,"
            + "\"warmup_ns\":1000,\"steady_state\":\"steady\",\"batches\":[2.0,3.0],\"ns_per_call\":2.5,\"sink\":0}";

    @TempDir
    Path home;

    @Test
    void everyRoundRunsEveryBenchmarkOnceInOrderAndAFailedForkIsKeptWithItsLabel() throws Exception {
        fakeWorker();
        CrossingSpec errno = new CrossingSpec("c", "zmq_errno", 100, 2, 50);
        CrossingSpec ctxGet = new CrossingSpec("c", "zmq_ctx_get", 100, 2, 50);

        List<CrossingForks> forks = new CrossingsRunner(new BackendCatalog(new Home(home), List.of()))
                .run(List.of(errno, ctxGet), 2, CrossingsRunner.Listener.SILENT);

        List<String> args = Files.readAllLines(home.resolve("args"));
        assertEquals(List.of(String.join(" ", errno.format()), String.join(" ", ctxGet.format()),
                String.join(" ", errno.format()), String.join(" ", ctxGet.format())), args, "interleaved rounds");
        assertEquals(errno, forks.get(0).spec());
        assertEquals(2, forks.get(0).records().size());
        assertEquals(2.5, forks.get(0).records().get(1).nsPerCall());
        assertEquals(List.of(), forks.get(0).failures());
        assertEquals(0, forks.get(1).records().size());
        assertEquals(List.of("c zmq_ctx_get fork 1: no such call here", "c zmq_ctx_get fork 2: no such call here"),
                forks.get(1).failures());
        assertTrue(forks.get(1).spec().call().equals("zmq_ctx_get"));
    }

    private void fakeWorker() throws IOException {
        Path script = Files.createDirectories(home.resolve("build/native")).resolve("zmqbench-worker");
        Files.writeString(script, "#!/bin/sh\n"
                + "echo \"$*\" >> \"" + home.resolve("args") + "\"\n"
                + "case \"$*\" in\n"
                + "*zmq_ctx_get*) echo '{\"event\":\"error\",\"message\":\"no such call here\"}'; exit 1;;\n"
                + "*) echo '" + RECORD + "';;\n"
                + "esac\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
