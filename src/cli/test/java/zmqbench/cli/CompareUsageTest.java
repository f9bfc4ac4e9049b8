package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        "--tcp=localhost                 | --tcp: expected HOST:PORT",
        "--tcp=127.0.0.1:99999           | --tcp: port must be 1-65535 or *",
        "--transports=udp                | --transports: unknown transport 'udp'",
        "--patterns=pub-sock             | unknown pattern 'pub-sock'",
        "--cpus=everywhere               | unknown placement 'everywhere'",
        "--preset=fastest                | unknown preset 'fastest'",
        "--format=pdf                    | unknown report format 'pdf'",
    })
    void badInputIsOneLineAndExitTwo(String argument, String expected) {
        Cli cli = Cli.run("compare", argument.strip(), "--quiet");
        assertEquals(2, cli.status(), cli::toString);
        String firstLine = cli.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("zmqbench: ") && firstLine.contains(expected.strip()), cli::toString);
        assertTrue(cli.out().isEmpty(), cli::toString);
    }
}
