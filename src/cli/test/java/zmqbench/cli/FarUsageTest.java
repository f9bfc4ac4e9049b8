package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A far host that cannot be used is refused before anything is measured: one line, exit 2. */
class FarUsageTest {

    @Test
    void sshThatCannotConnectIsRefused(@TempDir Path out) {
        Cli cli = compare(out, "--far-exec", "ssh -o Port=1 127.0.0.1");
        assertRefused(cli, "zmqbench: far host 'ssh -o Port=1 127.0.0.1': ssh cannot connect or log in without a "
                + "prompt: ");
    }

    @Test
    void anotherVersionOnTheFarHostIsRefused(@TempDir Path out) throws IOException {
        Path home = Files.createDirectories(out.resolve("far-home"));
        Path launcher = Files.writeString(home.resolve("zmqbench"), "#!/bin/sh\necho 'zmqbench 0.0.0-elsewhere'\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Cli cli = compare(out, "--far-exec", "env", "--far-bind", "127.0.0.1", "--far-home", home.toString());
        assertRefused(cli, "zmqbench: far host 'env': runs zmqbench 0.0.0-elsewhere at " + home + ", this is zmqbench "
                + ToolVersion.get() + ": install the same version there");
    }

    @Test
    void noZmqbenchOnTheFarHostIsRefused(@TempDir Path out) {
        Cli cli = compare(out, "--far-exec", "env", "--far-bind", "127.0.0.1", "--far-home", "/nonexistent/zmqbench");
        assertRefused(cli, "zmqbench: far host 'env': no zmqbench installed at /nonexistent/zmqbench (see --far-home)");
    }

    @Test
    void farOptionsMustMakeSense(@TempDir Path out) {
        assertUsage(compare(out, "--far-bind", "10.0.0.2"), "--far-bind and --far-home need --far HOST or --far-exec");
        assertUsage(compare(out, "--far", "lab2", "--far-exec", "ip netns exec far"), "--far and --far-exec: give one");
        assertUsage(compare(out, "--far-exec", "ip netns exec far"), "give --far-bind ADDR");
    }

    private static Cli compare(Path out, String... far) {
        List<String> args = new ArrayList<>(List.of("compare", "--quiet", "--backends", "c", "--out",
                out.resolve("set").toString()));
        args.addAll(List.of(far));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertRefused(Cli cli, String line) {
        assertEquals(2, cli.status(), cli::toString);
        assertEquals(1, cli.err().strip().lines().count(), cli::toString);
        assertTrue(cli.err().startsWith(line), cli::toString);
        assertTrue(cli.out().isEmpty(), cli::toString);
    }

    private static void assertUsage(Cli cli, String message) {
        assertEquals(2, cli.status(), cli::toString);
        assertTrue(cli.err().contains(message), cli::toString);
    }
}
