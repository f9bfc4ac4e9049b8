package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.options.CompareOptions;
import zmqbench.protocol.Cost;
import zmqbench.protocol.Timing;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.results.ForkCounts;
import zmqbench.results.ForkResult;
import zmqbench.scenario.SteadyRule;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * The parent's side of a timed throughput fork, against a fake C worker that speaks the protocol
 * of timed phases: the receiver says {@code measured}, the parent writes {@code stop} to the
 * sender, the receiver reports, then the parent releases the sender.
 */
class ForkRunnerTest {

    private static final CellKey KEY = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);

    private static final String RECEIVER = "{\"event\":\"result\",\"identity\":{\"backend\":\"c\","
            + "\"backend_version\":\"4.3.4\",\"libzmq_version\":\"4.3.4\",\"role\":\"bind\","
            + "\"scenario\":\"throughput\",\"pattern\":\"pair\",\"size\":64},"
            + "\"counts\":{\"count\":4000,\"sent\":0,\"received\":5000,\"measured\":4000},"
            + "\"timing\":{\"elapsed_ns\":1000000000},"
            + "\"cost\":{\"cpu_ns\":100,\"peak_rss_kb\":1000,\"alloc_bytes\":-1,\"gc_count\":-1,\"gc_ns\":-1,"
            + "\"jit_ns\":-1,\"jit_measured_ns\":-1},"
            + "\"warmup\":{\"steady_state\":\"not steady\",\"duration_ns\":10000000000,\"messages\":1000,"
            + "\"window_ns\":100000000,\"timeline\":[{\"end_ns\":100000000,\"messages\":1000,\"value\":10000.0,"
            + "\"measured\":false},{\"end_ns\":200000000,\"messages\":2000,\"value\":20000.0,\"measured\":true},"
            + "{\"end_ns\":300000000,\"messages\":2000,\"value\":20000.0,\"measured\":true}]}}";

    /** The sender reports an error unless it was told {@code stop}, then released, in that order. */
    private static final String SENDER = "{\"event\":\"result\",\"identity\":{\"backend\":\"c\","
            + "\"backend_version\":\"4.3.4\",\"libzmq_version\":\"4.3.4\",\"role\":\"connect\","
            + "\"scenario\":\"throughput\",\"pattern\":\"pair\",\"size\":64},"
            + "\"counts\":{\"sent\":5000,\"received\":0},\"timing\":{\"enqueue_ns\":500000000},"
            + "\"cost\":{\"cpu_ns\":50,\"peak_rss_kb\":2000,\"alloc_bytes\":-1,\"gc_count\":-1,\"gc_ns\":-1,"
            + "\"jit_ns\":-1,\"jit_measured_ns\":-1},\"warmup\":{\"steady_state\":\"fixed\"},\"error\":$ERROR}";

    @TempDir
    Path home;

    @Test
    void aTimedThroughputForkStopsTheSenderOnceTheReceiverHasMeasured() throws Exception {
        fakeWorker();
        CompareOptions options = new CompareOptions.Builder().backends(List.of("c")).transports(List.of(Transport.TCP))
                .build();
        ForkRunner runner = new ForkRunner(new BackendCatalog(new Home(home), List.of()), options,
                Files.createDirectory(home.resolve("scratch")));

        ForkOutcome outcome = runner.run(KEY, "c", "c", 1);

        ForkResult fork = outcome.result();
        assertEquals("ok", fork.status());
        assertEquals(new ForkCounts(5000, 5000, 4000, -1), fork.counts(), "a pattern that never drops");
        assertEquals(new Timing(1_000_000_000L, 500_000_000L), fork.timing(),
                "the receiver's interval and the sender's enqueueing");
        assertEquals(new Cost(150, 2000, -1, -1, -1, -1, -1, 0), fork.cost(), "both peers: times summed, the largest RSS (the fake peers count no crossings)");
        assertEquals(null, fork.rate(), "no send rate in throughput");
        assertTrue(fork.notSteady());
        assertEquals(SteadyRule.NOT_STEADY, fork.warmup().steadyState());
        assertEquals(3, fork.warmup().timeline().size(), "the receiver's timeline");
        assertEquals("4.3.4", outcome.backendVersion());

        List<String> args = Files.readAllLines(home.resolve("args"));
        assertEquals(2, args.size(), args::toString);
        for (String line : args) {
            for (String pair : List.of("--warmup-auto 5000", "--measure-ms 1000", "--window-ms 100",
                    "--steady-windows 5", "--steady-tolerance 5", "--jit-quiet-ms 10")) {
                assertTrue(line.contains(pair), () -> pair + " missing from: " + line);
            }
            assertFalse(line.contains("--count"), line);
        }

        CellResult cell = CellAggregator.aggregate("c", KEY, "none", List.of(outcome), List.of()).cell();
        assertEquals(List.of(1), cell.notSteadyForks());
        assertTrue(cell.notes().contains(CellResult.NOT_STEADY_NOTE + "fork 1 of 1 reached the warm-up cap before "
                + "steady state; measured anyway and kept in the figures"), cell.notes()::toString);
        assertEquals(10_000, cell.figure(Figure.TIME_TO_STEADY_MS).median(), 1e-9, "not steady: the cap");
        assertEquals(0, cell.figure(Figure.WINDOW_CV_PERCENT).median(), 1e-9, "two equal measured windows");
        assertEquals(null, cell.figure(Figure.JIT_MS), "no JIT in C");
    }

    @Test
    void aReceiverThatFailsBeforeMeasuringFailsTheForkWithItsLabel() throws Exception {
        Path script = fakeWorker();
        Files.writeString(script, "#!/bin/sh\ncase \"$*\" in *\"--role bind\"*) "
                + "echo '{\"event\":\"ready\",\"endpoint\":\"tcp://127.0.0.1:5555\"}'; "
                + "echo '{\"event\":\"error\",\"message\":\"receive timed out after 10000 ms\"}'; exit 1;; esac\n"
                + "read line\n");
        CompareOptions options = new CompareOptions.Builder().backends(List.of("c")).transports(List.of(Transport.TCP))
                .build();
        ForkRunner runner = new ForkRunner(new BackendCatalog(new Home(home), List.of()), options,
                Files.createDirectory(home.resolve("scratch")));

        ForkResult fork = runner.run(KEY, "c", "c", 2).result();

        assertEquals("c bind: receive timed out after 10000 ms", fork.status());
        assertEquals(null, fork.warmup());
    }

    /** A shell script in the C worker's place: it logs its arguments and plays either peer. */
    private Path fakeWorker() throws IOException {
        Path dir = Files.createDirectories(home.resolve("build/native"));
        Path script = dir.resolve("zmqbench-worker");
        String sender = SENDER.replace("\"", "\\\"").replace("$ERROR", "$error");
        Files.writeString(script, "#!/bin/sh\n"
                + "log=\"" + home.resolve("args") + "\"; stopped=\"" + home.resolve("stopped") + "\"\n"
                + "echo \"$*\" >> \"$log\"\n"
                + "case \"$*\" in\n"
                + "*\"--role bind\"*)\n"
                + "  echo '{\"event\":\"ready\",\"endpoint\":\"tcp://127.0.0.1:5555\"}'\n"
                + "  echo '{\"event\":\"measured\"}'\n"
                // the real receiver drains up to the end marker the sender sends when stopped
                + "  i=0; while [ ! -f \"$stopped\" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done\n"
                + "  echo '" + RECEIVER + "';;\n"
                + "*)\n"
                + "  read first; [ \"$first\" = stop ] && touch \"$stopped\"\n"
                + "  read second\n"
                + "  error=null; [ \"$first $second\" = \"stop release\" ] || error=\"\\\"got $first $second\\\"\"\n"
                + "  echo \"" + sender + "\";;\n"
                + "esac\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
