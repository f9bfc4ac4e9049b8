package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rate sweep asked for badly: one line naming the option, exit status 2, nothing measured. */
class RateSweepUsageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--p99-limit=fast          | --p99-limit: expected a duration with its unit such as 500us, 1ms or 2.5ms, got 'fast'",
        "--p99-limit=1000          | --p99-limit: expected a duration with its unit",
        "--p99-limit=0ms           | --p99-limit must be above 0 and at most 60s, got '0ms'",
        "--rates=2k,1k             | --rates must rise: 1000 after 2000",
        "--rates=lots              | --rates: expected a rate in messages per second such as 20000, 20k or 1.5M, got 'lots'",
        "--rates=0                 | --rates: a rate must be from 1 to",
        "--rate-factor=1           | --rate-factor must be above 1 and at most 100, got 1.0",
        "--rate-cap=10             | --rate-cap must be at least the start rate (--rate) 5000, got 10",
        "--transports=tcp,ipc      | rate-sweep climbs one open-loop cell, got 2",
        "--interop                 | rate-sweep: --interop is not swept",
        "--jvm-args=-XX:+UseZGC    | rate-sweep: --jvm, --jvm-args, --versions and --jar columns are not swept",
    })
    void badSweepOptionsAreOneLineAndExitTwo(String argument, String expected) {
        assertRefused(Cli.run("compare", "--scenarios=rate-sweep", argument.strip(), "--quiet"), expected.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--scenarios=latency --p99-limit=1ms           | --p99-limit applies to --scenarios rate-sweep only",
        "--scenarios=open-loop --rates=1k,2k           | --rates applies to --scenarios rate-sweep only",
        "--scenarios=latency,rate-sweep                | --scenarios: rate-sweep runs alone (it is open-loop at rising rates)",
        "--scenarios=rate-sweep --rates=1k --rate=5000 | --rates lists the rates: leave out --rate",
    })
    void aSweepMixedWithWhatItIsNotIsRefused(String arguments, String expected) {
        List<String> args = new ArrayList<>(List.of("compare"));
        args.addAll(List.of(arguments.strip().split(" ")));
        args.add("--quiet");
        assertRefused(Cli.run(args.toArray(String[]::new)), expected.strip());
    }

    private static void assertRefused(Cli cli, String expected) {
        assertEquals(2, cli.status(), cli::toString);
        assertEquals(1, cli.err().lines().filter(line -> line.startsWith("zmqbench: ")).count(), cli::toString);
        String firstLine = cli.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("zmqbench: ") && firstLine.contains(expected), cli::toString);
        assertTrue(cli.out().isEmpty(), cli::toString);
    }
}
