package zmqbench.cli.far;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.options.Defaults;
import zmqbench.results.CellResult;
import zmqbench.results.Figure;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * Two hosts on one machine: the near peer in one network namespace, the far peer in another,
 * joined by a veth pair; the far peer started through 'ip netns exec' and through a real sshd.
 * Checked on counts, placement, statuses and a rate limit's upper bound, never on speed.
 */
class FarHostIntegrationTest {

    private static final String SMALL_COUNTS = "--latency-count=200 --latency-warmup=50 --throughput-count=2000 "
            + "--throughput-warmup=200 --forks=1 --sizes=64";

    @TempDir
    static Path temp;

    private static NetnsPair pair;
    private static ThrowawaySshd sshd;
    private static String noNamespaces;

    @BeforeAll
    static void twoHosts() throws IOException, InterruptedException {
        try {
            pair = NetnsPair.create();
        } catch (IOException e) {
            noNamespaces = "SKIPPED: cannot make network namespaces here: " + e.getMessage();
            return;
        }
        if (ThrowawaySshd.installed()) {
            sshd = ThrowawaySshd.start(pair, Files.createDirectories(temp.resolve("ssh")));
        }
    }

    /** Each test is reported as skipped, with the reason, where there are no namespaces. */
    @BeforeEach
    void needsTwoHosts() {
        assumeTrue(pair != null, noNamespaces);
    }

    @AfterAll
    static void removeThem() {
        if (sshd != null) {
            sshd.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void farPeerThroughIpNetnsExec(@TempDir Path dir) throws IOException, InterruptedException {
        FarCompare run = FarCompare.start(pair, dir, args(SMALL_COUNTS + " --backends=c,jeromq --transports=inproc,ipc,tcp",
                "--far-exec", "ip netns exec " + pair.far, "--far-bind", pair.farAddress));
        assertEquals(0, run.finish(), run::toString);
        ResultSet results = run.results();
        assertEquals(4, results.cells().size(), run::toString);
        for (CellResult cell : results.cells()) {
            assertEquals(Transport.TCP, cell.key().transport());
            assertTrue(cell.ok(), cell::status);
        }
        assertTrue(run.stderr().contains("not measured: inproc with a far peer"), run::toString);
        assertTrue(run.stderr().contains("not measured: ipc with a far peer"), run::toString);
        assertTrue(results.placement().contains("the binding peer (echo, receiver) on ip netns exec " + pair.far
                + " (" + pair.farAddress + ":*)"), results::placement);
        assertEquals("ip netns exec " + pair.far, results.environment().get("far_host"));
        assertTrue(results.environment().containsKey("far_kernel"), () -> results.environment().toString());
    }

    @Test
    void everyBackendThroughSshd(@TempDir Path dir) throws IOException, InterruptedException {
        FarCompare run = FarCompare.start(pair, dir, args(SMALL_COUNTS, "--far-exec", sshd().prefix()));
        assertEquals(0, run.finish(), run::toString);
        ResultSet results = run.results();
        assertEquals(2 * Defaults.BACKENDS.size(), results.cells().size(), run::toString);
        for (CellResult cell : results.cells()) {
            assertTrue(cell.ok(), () -> cell.backend() + " " + cell.key().label() + ": " + cell.status());
            long expected = cell.key().scenario() == ScenarioKind.LATENCY ? 250 : 2200;
            assertEquals(expected, cell.messages().messagesReceived(), cell.key()::label);
        }
        // The far end of the ssh connection is the far namespace's address.
        assertTrue(results.placement().contains("(" + pair.farAddress + ":*)"), results::placement);
        assertNoFarProcessLeft();
    }

    @Test
    void aTbfRateLimitOnTheLinkBoundsThroughput(@TempDir Path dir) throws IOException, InterruptedException {
        int rateBitsPerSecond = 4_000_000;
        pair.run(pair.inNear("tc", "qdisc", "add", "dev", pair.nearDevice, "root", "tbf", "rate", "4mbit", "burst",
                "16kb", "latency", "200ms").toArray(String[]::new));
        try {
            FarCompare run = FarCompare.start(pair, dir, args("--scenarios=throughput --sizes=1k --backends=c "
                    + "--throughput-count=1000 --throughput-warmup=100 --forks=1", "--far-exec", sshd().prefix()));
            assertEquals(0, run.finish(), run::toString);
            CellResult cell = run.results().cells().get(0);
            double payloadBitsPerSecond = cell.figure(Figure.MSGS_PER_SEC).median() * 1024 * 8;
            assertTrue(payloadBitsPerSecond > 0 && payloadBitsPerSecond < rateBitsPerSecond * 1.15,
                    () -> "1 KiB throughput " + payloadBitsPerSecond + " bit/s over a 4 Mbit/s link");
            // Every message crossed the veth: its qdisc sent at least the payload.
            long sentBytes = qdiscSentBytes();
            assertTrue(sentBytes >= 1100L * 1024, () -> "qdisc sent " + sentBytes + " bytes");
        } finally {
            pair.run(pair.inNear("tc", "qdisc", "del", "dev", pair.nearDevice, "root").toArray(String[]::new));
        }
    }

    @Test
    void killingTheFarSessionFailsThatCellOnly(@TempDir Path dir) throws IOException, InterruptedException {
        // A latency cell long enough to be cut (the kill ends it), then a throughput cell.
        FarCompare run = FarCompare.start(pair, dir, args("--scenarios=latency,throughput --backends=c --sizes=64 "
                + "--forks=1 --timeout=2000 --latency-count=2000000 --throughput-count=2000", "--far-exec", sshd().prefix()));
        assertTrue(Await.until(() -> farWorker("latency").isPresent(), Duration.ofSeconds(60)),
                "the far latency worker never started");
        assertTrue(sshd.killSessions() > 0);
        assertEquals(1, run.finish(), run::toString);
        List<CellResult> cells = run.results().cells();
        assertEquals(2, cells.size(), run::toString);
        assertEquals(ScenarioKind.LATENCY, cells.get(0).key().scenario());
        assertFalse(cells.get(0).ok(), run::toString);
        assertTrue(cells.get(1).ok(), cells.get(1)::status);
        assertNoFarProcessLeft();
    }

    /** The tests through ssh need Debian's openssh-server; without it they are skipped, saying so. */
    private static ThrowawaySshd sshd() {
        assumeTrue(sshd != null, "SKIPPED: no sshd here (apt-get install openssh-server)");
        return sshd;
    }

    private static void assertNoFarProcessLeft() {
        assertTrue(Await.until(() -> farWorker("").isEmpty(), Duration.ofSeconds(10)),
                () -> "a far worker outlived its run: " + farWorker("").map(p -> p.info().commandLine()));
    }

    /** A worker under the far sshd, for a {@code scenario} cell ("" for any). */
    private static Optional<ProcessHandle> farWorker(String scenario) {
        return ProcessHandle.allProcesses().filter(sshd::serves).filter(process -> {
            String line = process.info().commandLine().orElse("");
            return (line.contains("WorkerMain") || line.contains("zmqbench-worker"))
                    && line.contains("--scenario " + scenario);
        }).findFirst();
    }

    private long qdiscSentBytes() throws IOException {
        String stats = pair.run(pair.inNear("tc", "-s", "qdisc", "show", "dev", pair.nearDevice)
                .toArray(String[]::new));
        Matcher sent = Pattern.compile("Sent (\\d+) bytes").matcher(stats);
        assertTrue(sent.find(), stats);
        return Long.parseLong(sent.group(1));
    }

    /** {@code options} with the rounds fixed ({@code --precision 0}: exactly --forks rounds). */
    private static String[] args(String options, String... more) {
        List<String> args = new ArrayList<>(List.of(options.split(" ")));
        args.add("--precision=0");
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
