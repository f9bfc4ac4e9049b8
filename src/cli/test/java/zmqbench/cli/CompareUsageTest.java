package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: one clear line naming the option, exit status 2, and nothing measured. */
class CompareUsageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--backends=jeromq,nope          | unknown backend 'nope' (known: c, jni, jzmq, ffm, ffm-critical, jna, jeromq)",
        "--sizes=0                       | --sizes: a message size must be at least 1 byte",
        "--sizes=-64                     | --sizes: a message size must be at least 1 byte",
        "--sizes=lots                    | --sizes: expected a size such as 64, 1k or 128KiB",
        "--latency-count=10              | --latency-count must be at least 100",
        "--throughput-count=5            | --throughput-count must be at least 1000",
        "--forks=0                       | --forks must be at least 1",
        "--precision=tight               | --precision: expected a percentage such as 5%, got 'tight'",
        "--precision=100%                | --precision must be from 0% (off) to below 100%",
        "--max-forks=0                   | --max-forks must be at least 1",
        "--time-budget=soon              | --time-budget: expected a duration such as 150s or 3m",
        "--tcp=localhost                 | --tcp: expected HOST:PORT",
        "--tcp=127.0.0.1:99999           | --tcp: port must be 1-65535 or *",
        "--transports=udp                | --transports: unknown transport 'udp'",
        "--patterns=pub-sock             | unknown pattern 'pub-sock'",
        "--cpus=everywhere               | unknown placement 'everywhere'",
        "--preset=fastest                | unknown preset 'fastest'",
        "--format=pdf                    | unknown report format 'pdf'",
        "--warmup=soon                   | --warmup: expected auto, a duration such as 500ms or 2s, or a count such as 20000, got 'soon'",
        "--warmup=2min                   | --warmup: expected auto, a duration such as 500ms or 2s",
        "--measure=auto                  | --measure: expected a duration such as 500ms or 2s, or a count such as 20000, got 'auto'",
        "--measure=50                    | --measure: a count must be from 100 to 2^31-1 messages, got 50",
        "--measure=50ms                  | --measure: a duration must be at least one --window (100ms), got 50ms",
        "--warmup-cap=10                 | --warmup-cap: expected a duration such as 500ms or 10s, got '10'",
        "--warmup-cap=200ms              | --warmup-cap must be at least --window x --steady-windows (500ms)",
        "--window=5ms                    | --window must be from 10ms to 10000ms, got 5ms",
        "--steady-windows=1              | --steady-windows must be from 2 to 1000",
        "--steady-tolerance=0            | --steady-tolerance must be above 0 and at most 100 (%), got 0.0",
        "--steady-tolerance=many         | --steady-tolerance",
        "--baseline=nosuch               | --baseline: unknown backend 'nosuch'",
        "--output=/nonexistent/dir/x.json | --output: directory /nonexistent/dir does not exist",
        "--output=/                      | --output: / is a directory",
        "--tcp=999.1.1.1:80              | --tcp: cannot resolve host '999.1.1.1'",
        "--tcp=192.0.2.1:5555            | --tcp: cannot listen on 192.0.2.1:5555",
        "--timeout=5                     | --timeout must be at least 100 ms",
        "--rate=0                        | --rate must be from 1 to",
        "--hwm=lots                      | --hwm: expected a number",
        "--scenarios=soak                | unknown scenario 'soak'",
        "--latency-warmup=-1             | --latency-warmup must be 0 or more",
        "--sizes=200MiB                  | --sizes: a message size must be at most 64 MiB",
        "--forks=three                   | --forks",
        "--nope                          | Unknown option: '--nope'",
        "--jvm=/nonexistent/jdk          | --jvm: /nonexistent/jdk is neither a JDK (it has no bin/java) nor a java executable",
    })
    void badInputIsOneLineAndExitTwo(String argument, String expected) {
        assertRefused(Cli.run("compare", argument.strip(), "--quiet"), expected.strip());
    }

    /** A tcp port some other socket holds: every fork would fail to bind, so it is refused first. */
    @Test
    void tcpPortInUseIsRefused() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertRefused(Cli.run("compare", "--tcp=127.0.0.1:" + taken.getLocalPort(), "--quiet"),
                    "--tcp: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void outDirectoryHoldingAResultSetIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("set.json"), "{}");
        assertRefused(Cli.run("compare", "--out=" + dir, "--quiet"), "--out: " + dir + " already holds a result set");
    }

    /** Ratios against a backend that is not compared: none would be taken, silently. */
    @Test
    void aBaselineNotAmongTheBackendsIsRefused() {
        assertRefused(Cli.run("compare", "--backends=jni,jeromq", "--baseline=c", "--quiet"),
                "zmqbench: --baseline c: not among --backends (jni, jeromq): add it there, or choose another "
                        + "baseline or none");
    }

    @Test
    void optionsThatLeaveNothingToMeasureAreRefusedWithTheReasons() {
        assertRefused(Cli.run("compare", "--patterns=pub-sub", "--scenarios=latency", "--quiet"),
                "zmqbench: nothing to measure: latency pub-sub: pub-sub is one way: it cannot echo, so it has no "
                        + "round-trip latency");
    }

    @Test
    void noCommandIsAUsageError() {
        assertRefused(Cli.run(), "zmqbench: missing command: one of compare, backends");
    }

    private static void assertRefused(Cli cli, String expected) {
        assertEquals(2, cli.status(), cli::toString);
        String firstLine = cli.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("zmqbench: ") && firstLine.contains(expected), cli::toString);
        assertTrue(cli.out().isEmpty(), cli::toString);
    }
}
