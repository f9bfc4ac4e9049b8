package zmqbench.scenario;

import java.nio.file.Path;

/**
 * Everything one worker process needs to run its peer(s): the worker protocol's arguments,
 * validated (see {@code zmqbench.protocol} for the wire form), grouped by concern and built by
 * name ({@link #builder}).
 *
 * @param size message size in bytes
 * @param link the endpoint, the HWM and the timeout
 * @param phases the warm-up, the measurement and the steady-state test
 * @param samples where the pinger writes its round-trip samples (latency, open-loop), else null
 * @param pacing open-loop's send rate, sparse's quiet gap; {@link Pacing#NONE} for the others
 */
public record PeerSpec(
        String backend,
        ScenarioKind scenario,
        Role role,
        Pattern pattern,
        int size,
        PeerLink link,
        PeerPhases phases,
        Path samples,
        Pacing pacing) {

    /** The largest --rate: one message per nanosecond. */
    public static final long MAX_RATE = 1_000_000_000L;

    public PeerSpec {
        require(link != null && phases != null, "a spec needs its link and its phases");
        String endpoint = link.endpoint();
        int hwm = link.hwm();
        int timeoutMs = link.timeoutMs();
        require(size >= 1, "--size must be at least 1 byte, got " + size);
        checkPhases(pattern, phases.warmupPhase(), phases.measurePhase());
        require(hwm >= -1, "--hwm must be 0 (unlimited), a positive number, or -1 (default), got " + hwm);
        require(timeoutMs >= 1, "--timeout-ms must be at least 1, got " + timeoutMs);
        require(endpoint != null && endpoint.contains("://"), "--endpoint must look like tcp://HOST:PORT, ipc://PATH "
                + "or inproc://NAME, got '" + endpoint + "'");
        String refusal = pattern.refusal(scenario);
        require(refusal == null, refusal);
        String sizeRefusal = pattern.sizeRefusal(size);
        require(sizeRefusal == null, sizeRefusal);
        String scenarioSizeRefusal = scenario.sizeRefusal(size);
        require(scenarioSizeRefusal == null, scenarioSizeRefusal);
        require(pacing != null, "a spec needs its pacing (Pacing.NONE: back to back)");
        scenario.peers().check(pacing.rate(), pacing.gapNs(), phases.measurePhase(), timeoutMs);
        require(role != Role.BOTH || endpoint.startsWith("inproc://"), "--role both runs the peers as threads of one "
                + "process: it needs an inproc:// endpoint, got '" + endpoint + "'");
        require(role == Role.BOTH || !endpoint.startsWith("inproc://"), "inproc:// only works inside one process: "
                + "use --role both");
        require(!scenario.roundTrips() || role == Role.BIND || samples != null,
                scenario.cliName() + " needs --samples FILE for the round-trip samples");
        require(phases.steady() != null, "a spec needs a steady-state rule");
    }

    /**
     * A spec to build by name: HWM -1 (the library's), back to back, the default steady-state rule,
     * no samples file, unless set.
     */
    public static Builder builder(String backend, ScenarioKind scenario, Role role, Pattern pattern) {
        return new Builder(backend, scenario, role, pattern);
    }

    /** Open-loop's messages per second; 0 for the other scenarios. */
    public long rate() {
        return pacing.rate();
    }

    /** Sparse's quiet time before each measured round trip, ns; 0 for the other scenarios. */
    public long gapNs() {
        return pacing.gapNs();
    }

    /** Measured messages (or round trips) of a counted measurement; 0 when it is timed. */
    public long count() {
        return phases.measurePhase().messages();
    }

    /** Warm-up messages (or round trips) of a counted warm-up; 0 when it is timed or automatic. */
    public long warmup() {
        return phases.warmupPhase().messages();
    }

    /** Messages (or round trips) the run exchanges in all when both phases are counted: warm-up plus measured. */
    public long total() {
        return warmup() + count();
    }

    /** True when the measurement is the slices the parent asks for on stdin (--slices). */
    public boolean sliced() {
        return phases.measurePhase().kind() == Phase.Kind.SLICES;
    }

    /** True when both phases are counted, so that every peer knows the run's length. */
    public boolean counted() {
        return phases.warmupPhase().counted() && phases.measurePhase().counted();
    }

    /** The endpoint's transport, from its scheme. */
    public Transport transport() {
        String endpoint = link.endpoint();
        return Transport.parse(endpoint.substring(0, endpoint.indexOf("://")));
    }

    /** A copy with other phases (the coordinator's options choose them). */
    public PeerSpec withPhases(Phase warmup, Phase measure, SteadyRule rule) {
        return new PeerSpec(backend, scenario, role, pattern, size, link, new PeerPhases(warmup, measure, rule),
                samples, pacing);
    }

    private static void checkPhases(Pattern pattern, Phase warmup, Phase measure) {
        require(warmup != null && measure != null, "a spec needs a warm-up and a measurement phase");
        switch (warmup.kind()) {
            case COUNT -> require(warmup.amount() >= 0, "--warmup must be 0 or more, got " + warmup.amount());
            case MILLIS -> require(warmup.amount() >= 0, "--warmup-ms must be 0 or more, got " + warmup.amount());
            case AUTO -> require(warmup.amount() >= 1, "--warmup-auto must be at least 1 (ms, the cap), got "
                    + warmup.amount());
            case SLICES -> throw new IllegalArgumentException("the warm-up takes a count, a duration or auto, not "
                    + "slices");
        }
        switch (measure.kind()) {
            case COUNT -> require(measure.amount() >= 1, "--count must be at least 1, got " + measure.amount());
            case MILLIS -> require(measure.amount() >= 1, "--measure-ms must be at least 1, got " + measure.amount());
            case AUTO -> throw new IllegalArgumentException("the measurement takes a count or a duration, not auto");
            case SLICES -> checkSlices(pattern, warmup);
        }
        require(warmup.messages() + measure.messages() <= Integer.MAX_VALUE,
                "--count plus --warmup must fit in 2^31-1 messages");
    }

    /**
     * A sliced run is a stream that cannot drop (a slice ends at a count of messages), closed-loop,
     * and warm before its first slice (the parent waits for the warm-up's end to size the slices).
     */
    private static void checkSlices(Pattern pattern, Phase warmup) {
        require(!pattern.sequenced(), "--slices: " + pattern.cliName() + " cannot be measured in slices (PUB drops "
                + "at the high-water mark)");
        require(!warmup.counted() || warmup.amount() >= 1, "--slices: needs a warm-up (--warmup N of at least 1, "
                + "--warmup-ms MS or --warmup-auto CAP_MS)");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Sets a spec's parts by name; each setter returns the builder, {@link #build} validates. */
    public static final class Builder {
        private final String backend;
        private final ScenarioKind scenario;
        private final Role role;
        private final Pattern pattern;
        private String endpoint;
        private int size;
        private Phase warmupPhase;
        private Phase measurePhase;
        private int hwm = -1;
        private int timeoutMs;
        private Path samples;
        private Pacing pacing = Pacing.NONE;
        private SteadyRule steady = SteadyRule.DEFAULT;

        private Builder(String backend, ScenarioKind scenario, Role role, Pattern pattern) {
            this.backend = backend;
            this.scenario = scenario;
            this.role = role;
            this.pattern = pattern;
        }

        public Builder endpoint(String value) {
            endpoint = value;
            return this;
        }

        public Builder size(int value) {
            size = value;
            return this;
        }

        public Builder phases(Phase warmup, Phase measure) {
            warmupPhase = warmup;
            measurePhase = measure;
            return this;
        }

        /** Counted phases: {@code warmup} messages (or round trips), then {@code count} measured. */
        public Builder counted(long count, long warmup) {
            return phases(Phase.count(warmup), Phase.count(count));
        }

        public Builder hwm(int value) {
            hwm = value;
            return this;
        }

        public Builder timeoutMs(int value) {
            timeoutMs = value;
            return this;
        }

        public Builder samples(Path value) {
            samples = value;
            return this;
        }

        public Builder pacing(Pacing value) {
            pacing = value;
            return this;
        }

        /** Open-loop's send rate, messages per second. */
        public Builder rate(long value) {
            return pacing(Pacing.rate(value));
        }

        public Builder steady(SteadyRule value) {
            steady = value;
            return this;
        }

        public PeerSpec build() {
            return new PeerSpec(backend, scenario, role, pattern, size, new PeerLink(endpoint, hwm, timeoutMs),
                    new PeerPhases(warmupPhase, measurePhase, steady), samples, pacing);
        }
    }
}
