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
    })
    void badInputIsOneLineAndExitTwo(String argument, String expected) {
        Cli cli = Cli.run("compare", argument.strip(), "--quiet");
        assertEquals(2, cli.status(), cli::toString);
        String firstLine = cli.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("zmqbench: ") && firstLine.contains(expected.strip()), cli::toString);
        assertTrue(cli.out().isEmpty(), cli::toString);
    }
}
