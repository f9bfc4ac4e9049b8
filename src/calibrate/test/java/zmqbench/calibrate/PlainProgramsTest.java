package zmqbench.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain calibration programs (Java and C) refuse bad usage and count what they measure. */
class PlainProgramsTest {

    private static final Path PLAIN_C =
            Path.of(System.getProperty("zmqbench.home", "../.."), "build", "native", "plain-libzmq");

    @ParameterizedTest
    @ValueSource(strings = {"", "latency", "sideways bind tcp://127.0.0.1:* 64 1 1",
        "latency upwards tcp://127.0.0.1:* 64 1 1", "latency bind tcp://127.0.0.1:* 0 1 1",
        "latency bind tcp://127.0.0.1:* 1k 1 1", "latency bind tcp://127.0.0.1:* 64 -1 1",
        "latency bind tcp://127.0.0.1:* 64 1 0", "latency bind tcp://127.0.0.1:* 64 1 1 more"})
    void bothRefuseBadUsage(String args) throws Exception {
        String[] split = args.isEmpty() ? new String[0] : args.split(" ");
        assertEquals(2, PlainJeromq.run(split, new PrintStream(OutputStream.nullOutputStream())));
        Process c = command(split).start();
        assertTrue(c.waitFor(10, TimeUnit.SECONDS), "plain-libzmq " + args + " did not exit");
        assertEquals(2, c.exitValue(), "plain-libzmq " + args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"latency", "throughput"})
    void javaMeasuresOnLoopback(String scenario) throws Exception {
        Lines bindOut = new Lines();
        Lines connectOut = new Lines();
        CompletableFuture<Integer> bind = CompletableFuture.supplyAsync(
                () -> PlainJeromq.run(args(scenario, "bind", "tcp://127.0.0.1:*"), bindOut.stream()));
        String endpoint = bindOut.next();
        assertTrue(endpoint.startsWith("endpoint tcp://127.0.0.1:"), endpoint);
        int connect = PlainJeromq.run(args(scenario, "connect", endpoint.substring(9)), connectOut.stream());
        assertEquals(0, connect);
        assertEquals(0, bind.get(30, TimeUnit.SECONDS));
        assertResult(scenario, scenario.equals("latency") ? connectOut.next() : bindOut.next());
        assertEquals(List.of(), bindOut.rest(), "bind side");
        assertEquals(List.of(), connectOut.rest(), "connect side");
    }

    @ParameterizedTest
    @ValueSource(strings = {"latency", "throughput"})
    void cMeasuresOnLoopback(String scenario) throws Exception {
        Process bind = command(args(scenario, "bind", "tcp://127.0.0.1:*")).start();
        BufferedReader bindOut =
                new BufferedReader(new InputStreamReader(bind.getInputStream(), StandardCharsets.UTF_8));
        String endpoint = bindOut.readLine(); // the program's own 10 s timeouts bound every wait here
        assertNotNull(endpoint, "plain-libzmq bind printed nothing");
        Process connect = command(args(scenario, "connect", endpoint.substring(9))).start();
        assertTrue(connect.waitFor(30, TimeUnit.SECONDS) && bind.waitFor(30, TimeUnit.SECONDS), "did not finish");
        assertEquals(0, connect.exitValue());
        assertEquals(0, bind.exitValue());
        List<String> connectLines = new BufferedReader(
                new InputStreamReader(connect.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
        List<String> bindLines = bindOut.lines().toList();
        assertResult(scenario, scenario.equals("latency") ? connectLines.get(0) : bindLines.get(0));
        assertEquals(1, connectLines.size() + bindLines.size(), "one result line: " + connectLines + bindLines);
    }

    private static void assertResult(String scenario, String line) {
        String expected = scenario.equals("latency") ? "rtt_p50_ns \\d+ rtt_p99_ns \\d+" : "msgs_per_sec \\d+";
        assertTrue(line != null && line.matches(expected), scenario + ": " + line);
    }

    private static String[] args(String scenario, String role, String endpoint) {
        return new String[] {scenario, role, endpoint, "64", "100", "1000"};
    }

    private static ProcessBuilder command(String[] args) {
        assertTrue(Files.isExecutable(PLAIN_C), PLAIN_C + " is missing: run 'make native'");
        List<String> command = new ArrayList<>(List.of(PLAIN_C.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    /** A PrintStream whose lines can be awaited one by one. */
    private static final class Lines extends OutputStream {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder line = new StringBuilder();

        PrintStream stream() {
            return new PrintStream(this, true, StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }

        List<String> rest() {
            return new ArrayList<>(lines);
        }

        String next() throws InterruptedException {
            String next = lines.poll(30, TimeUnit.SECONDS);
            assertNotNull(next, "no line within 30 s");
            return next;
        }
    }
}
