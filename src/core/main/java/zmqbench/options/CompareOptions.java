package zmqbench.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zmqbench.options.Placement;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.ScenarioKind;

/**
 * What a comparison runs, validated: every error names the option and the value it got. Build it
 * with {@link Builder}, which starts from {@link Defaults}.
 *
 * @param backends backends to compare, in table order
 * @param tcpAddress host and port the tcp bind side uses; port {@code *} picks a free one
 * @param baseline backend the ratios are taken against, or null for none
 * @param rate open-loop: messages per second the pinger sends on schedule (open-loop cells count and
 *     warm up as latency cells do)
 */
public record CompareOptions(
        List<String> backends,
        List<ScenarioKind> scenarios,
        List<Pattern> patterns,
        List<String> transports,
        List<Integer> sizes,
        List<Integer> hwms,
        long latencyCount,
        long latencyWarmup,
        long throughputCount,
        long throughputWarmup,
        long rate,
        int forks,
        Placement placement,
        int timeoutMs,
        String tcpAddress,
        String baseline,
        long seed,
        boolean interop,
        List<String> jvmOptions,
        Path out) {

    public static final List<String> TRANSPORTS = List.of("inproc", "ipc", "tcp");

    public CompareOptions {
        backends = List.copyOf(backends);
        scenarios = List.copyOf(scenarios);
        patterns = List.copyOf(patterns);
        transports = List.copyOf(transports);
        sizes = List.copyOf(sizes);
        hwms = List.copyOf(hwms);
        jvmOptions = List.copyOf(jvmOptions);
        require(!backends.isEmpty(), "--backends: at least one backend is needed");
        require(!scenarios.isEmpty(), "--scenarios: at least one scenario is needed");
        require(!patterns.isEmpty(), "--patterns: at least one pattern is needed");
        require(!transports.isEmpty(), "--transports: at least one transport is needed");
        require(!sizes.isEmpty(), "--sizes: at least one size is needed");
        for (String transport : transports) {
            require(TRANSPORTS.contains(transport), "--transports: unknown transport '" + transport + "' (known: "
                    + String.join(", ", TRANSPORTS) + ")");
        }
        for (int size : sizes) {
            require(size >= 1, "--sizes: a message size must be at least 1 byte, got " + size);
            require(size <= 64 << 20, "--sizes: a message size must be at most 64 MiB, got " + size);
        }
        for (int hwm : hwms) {
            require(hwm >= -1, "--hwm: use 0 (unlimited), a positive number or 'default', got " + hwm);
        }
        require(latencyCount >= 100, "--latency-count must be at least 100 round trips (percentiles need "
                + "samples), got " + latencyCount);
        require(throughputCount >= 1000, "--throughput-count must be at least 1000 messages, got "
                + throughputCount);
        require(latencyWarmup >= 0, "--latency-warmup must be 0 or more, got " + latencyWarmup);
        require(throughputWarmup >= 0, "--throughput-warmup must be 0 or more, got " + throughputWarmup);
        require(latencyCount + latencyWarmup <= Integer.MAX_VALUE, "--latency-count plus warm-up is too large");
        require(throughputCount + throughputWarmup <= Integer.MAX_VALUE, "--throughput-count plus warm-up is too large");
        require(rate >= 1 && rate <= PeerSpec.MAX_RATE, "--rate must be from 1 to " + PeerSpec.MAX_RATE
                + " messages per second, got " + rate);
        require(forks >= 1, "--forks must be at least 1, got " + forks);
        require(timeoutMs >= 100, "--timeout must be at least 100 ms, got " + timeoutMs);
        TcpAddress.validate(tcpAddress);
        require(baseline == null || Defaults.BACKENDS.contains(baseline), "--baseline: unknown backend '" + baseline
                + "' (known: " + String.join(", ", Defaults.BACKENDS) + ", or none)");
    }

    /** Messages or round trips measured in one fork of {@code scenario} (open-loop: as latency). */
    public long count(ScenarioKind scenario) {
        return scenario.roundTrips() ? latencyCount : throughputCount;
    }

    public long warmup(ScenarioKind scenario) {
        return scenario.roundTrips() ? latencyWarmup : throughputWarmup;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Starts from {@link Defaults}; setters return the builder. */
    public static final class Builder {
        private List<String> backends = new ArrayList<>(Defaults.BACKENDS);
        private List<ScenarioKind> scenarios = Defaults.SCENARIOS;
        private List<Pattern> patterns = List.of(Pattern.PAIR);
        private List<String> transports = TRANSPORTS;
        private List<Integer> sizes = Defaults.SIZES;
        private List<Integer> hwms = List.of(-1);
        private long latencyCount = Defaults.LATENCY_COUNT;
        private long latencyWarmup = Defaults.LATENCY_WARMUP;
        private long throughputCount = Defaults.THROUGHPUT_COUNT;
        private long throughputWarmup = Defaults.THROUGHPUT_WARMUP;
        private long rate = Defaults.OPEN_LOOP_RATE;
        private int forks = Defaults.FORKS;
        private Placement placement = Defaults.PLACEMENT;
        private int timeoutMs = Defaults.TIMEOUT_MS;
        private String tcpAddress = Defaults.TCP_ADDRESS;
        private String baseline = Defaults.BASELINE;
        private long seed = Defaults.SEED;
        private boolean interop;
        private List<String> jvmOptions = Defaults.JVM_OPTIONS;
        private Path out;

        public Builder backends(List<String> value) {
            backends = value;
            return this;
        }

        public Builder scenarios(List<ScenarioKind> value) {
            scenarios = value;
            return this;
        }

        public Builder patterns(List<Pattern> value) {
            patterns = value;
            return this;
        }

        public Builder transports(List<String> value) {
            transports = value;
            return this;
        }

        public Builder sizes(List<Integer> value) {
            sizes = value;
            return this;
        }

        public Builder hwms(List<Integer> value) {
            hwms = value;
            return this;
        }

        public Builder latencyCount(long value) {
            latencyCount = value;
            return this;
        }

        public Builder latencyWarmup(long value) {
            latencyWarmup = value;
            return this;
        }

        public Builder throughputCount(long value) {
            throughputCount = value;
            return this;
        }

        public Builder throughputWarmup(long value) {
            throughputWarmup = value;
            return this;
        }

        public Builder rate(long value) {
            rate = value;
            return this;
        }

        public Builder forks(int value) {
            forks = value;
            return this;
        }

        public Builder placement(Placement value) {
            placement = value;
            return this;
        }

        public Builder timeoutMs(int value) {
            timeoutMs = value;
            return this;
        }

        public Builder tcpAddress(String value) {
            tcpAddress = value;
            return this;
        }

        public Builder baseline(String value) {
            baseline = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder interop(boolean value) {
            interop = value;
            return this;
        }

        public Builder jvmOptions(List<String> value) {
            jvmOptions = value;
            return this;
        }

        public Builder out(Path value) {
            out = value;
            return this;
        }

        public CompareOptions build() {
            return new CompareOptions(backends, scenarios, patterns, transports, sizes, hwms, latencyCount,
                    latencyWarmup, throughputCount, throughputWarmup, rate, forks, placement, timeoutMs, tcpAddress,
                    baseline, seed, interop, jvmOptions, out);
        }
    }
}
