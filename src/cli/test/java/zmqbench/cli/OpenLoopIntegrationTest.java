package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.HistogramFiles;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.run.Home;
import zmqbench.protocol.WorkerArgs;
import zmqbench.scenario.Pattern;

/**
 * Open-loop through real workers (C and JeroMQ, inproc and tcp, pair and dealer-router): counts,
 * both distributions and the rate fields, never timings; and the C worker refuses what the Java
 * worker refuses, in the same words.
 */
class OpenLoopIntegrationTest {

    private static final int ROUND_TRIPS = 400;
    private static final int WARMUP = 100;

    @TempDir
    static Path temp;

    private static Cli run;
    private static ResultSet results;

    @BeforeAll
    static void compareOpenLoop() {
        run = Cli.run("compare", "--backends", "c,jeromq", "--scenarios", "open-loop", "--patterns",
                "pair,dealer-router,req-rep", "--transports", "inproc,tcp", "--sizes", "16", "--forks", "1", "--precision", "0",
                "--latency-count", "" + ROUND_TRIPS, "--latency-warmup", "" + WARMUP, "--rate", "2000",
                "--format", "csv", "--out", temp.resolve("set").toString(), "--quiet");
        results = ResultStore.read(temp.resolve("set"));
    }

    @Test
    void everyCellRunsExceptTheRefusedPattern() {
        assertEquals(0, run.status(), run::toString);
        assertEquals(2 * 2 * 2, results.cells().size(), run::toString);
        for (CellResult cell : results.cells()) {
            assertTrue(cell.ok(), () -> cell.backend() + " " + cell.key().label() + ": " + cell.status());
            assertFalse(cell.key().pattern() == Pattern.REQ_REP, "req-rep is lock-step: refused");
        }
        assertEquals(2000, results.options().load().rate());
    }

    @Test
    void eachCellKeepsBothDistributionsAndTheRate() {
        for (CellResult cell : results.cells()) {
            String label = cell.backend() + " " + cell.key().label();
            assertEquals(ROUND_TRIPS + WARMUP, cell.messages().messagesSent(), label);
            assertEquals(ROUND_TRIPS + WARMUP, cell.messages().messagesReceived(), label);
            assertEquals(ROUND_TRIPS, cell.latency().rttNs().count(), label);
            assertEquals(ROUND_TRIPS, cell.latency().rttUncorrectedNs().count(), label);
            // From the intended send time is never shorter than from the actual one.
            assertTrue(cell.latency().rttNs().max() >= cell.latency().rttUncorrectedNs().min(), label);
            assertFalse(cell.latency().rttUncorrectedCurve().isEmpty(), label);
            ForkResult fork = cell.forks().get(0);
            assertEquals(2000, fork.rate().target(), label);
            assertTrue(fork.rate().achieved() > 0, label);
            assertNotNull(cell.figure(Figure.ACHIEVED_RATE_PERCENT), label);
            assertNotNull(cell.figure(Figure.RTT_P99_UNCORRECTED), label);
            Path histograms = temp.resolve("set").resolve(ResultStore.HISTOGRAM_DIR);
            assertTrue(Files.isRegularFile(histograms.resolve(HistogramFiles.baseName(cell.backend(), cell.key())
                    + ".hdr")), label);
            assertTrue(Files.isRegularFile(histograms.resolve(HistogramFiles.uncorrectedBaseName(cell.backend(),
                    cell.key()) + ".hdr")), label);
        }
    }

    @Test
    void csvHasOneRowPerCellWithTheUncorrectedColumns() {
        List<String> lines = run.out().lines().toList();
        assertEquals(results.cells().size() + 1, lines.size(), run::toString);
        List<String> header = List.of(lines.get(0).split(","));
        int uncorrected = header.indexOf("merged_rtt_uncorrected_p99_ns");
        for (String line : lines.subList(1, lines.size())) {
            assertFalse(line.split(",", -1)[uncorrected].isEmpty(), line);
        }
    }

    /** Each refusal by the Java worker (WorkerArgs) and by the C worker, which must agree word for word. */
    @ParameterizedTest
    @ValueSource(strings = {
        "--pattern req-rep --rate 100",
        "--pattern push-pull --rate 100",
        "--size 15 --rate 100",
        "--rate 0",
        "--rate 1000000001",
        "",
    })
    void theCWorkerRefusesAsTheJavaWorkerDoes(String extra) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--backend", "c", "--scenario", "open-loop", "--role", "bind",
                "--endpoint", "tcp://127.0.0.1:*", "--size", "16", "--count", "10"));
        int size = args.indexOf("--size");
        for (String[] option : pairs(extra)) {
            if (option[0].equals("--size")) {
                args.set(size + 1, option[1]);
            } else {
                args.addAll(List.of(option));
            }
        }
        String javaMessage;
        try {
            WorkerArgs.parse(args.toArray(String[]::new));
            throw new AssertionError("the Java worker accepted " + args);
        } catch (IllegalArgumentException e) {
            javaMessage = e.getMessage();
        }
        List<String> command = new ArrayList<>(List.of(Home.fromSystemProperty().cWorker().toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), out);
        JsonObject record = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(javaMessage, record.get("message").getAsString());
    }

    @Test
    void theCWorkerRefusesARateForOtherScenarios() throws IOException, InterruptedException {
        List<String> args = List.of("--backend", "c", "--scenario", "latency", "--role", "bind", "--endpoint",
                "tcp://127.0.0.1:*", "--size", "16", "--count", "10", "--rate", "5");
        List<String> command = new ArrayList<>(List.of(Home.fromSystemProperty().cWorker().toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals("--rate applies to --scenario open-loop only, got --rate 5 with latency",
                JsonParser.parseString(out).getAsJsonObject().get("message").getAsString());
    }

    private static List<String[]> pairs(String extra) {
        List<String[]> pairs = new ArrayList<>();
        String[] words = extra.isBlank() ? new String[0] : extra.strip().split(" ");
        for (int i = 0; i + 1 < words.length; i += 2) {
            pairs.add(new String[] {words[i], words[i + 1]});
        }
        return pairs;
    }
}
