package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --versions and --jar refused on the command line: one line naming the option, exit 2, nothing measured. */
class ReleaseUsageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--jar=jeromq=/nonexistent/jeromq.jar | --jar jeromq=/nonexistent/jeromq.jar: no such jar",
        "--versions=jni=1.0                   | --versions jni=1.0: jni has no library to swap",
        "--versions=jeromq                    | --versions: expected NAME=V1,V2, got 'jeromq'",
        "--baseline=jeromq@0.5.4              | --baseline: unknown backend 'jeromq@0.5.4'",
    })
    void badReleasesAreOneLineAndExitTwo(String argument, String expected) {
        Cli cli = Cli.run("compare", "--backends=c,jeromq", argument.strip(), "--quiet");
        assertEquals(2, cli.status(), cli::toString);
        String firstLine = cli.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("zmqbench: ") && firstLine.contains(expected.strip()), cli::toString);
        assertTrue(cli.out().isEmpty(), cli::toString);
    }

    @Test
    void aReleaseCanBeTheBaseline() {
        assertNull(DryRun.problem(List.of("compare", "--backends=c,jeromq",
                "--versions=jeromq=0.5.4,0.6.0", "--baseline=jeromq@0.6.0")));
    }
}
