package zmqbench.scenario;

import java.nio.file.Path;

/**
 * Everything one worker process needs to run its peer(s): the worker protocol's arguments,
 * validated (see {@code zmqbench.worker} for the wire form).
 *
 * @param endpoint where the passive peer binds and the active peer connects
 * @param hwm SNDHWM and RCVHWM for every socket, or -1 to keep the library default
 * @param timeoutMs RCVTIMEO/SNDTIMEO: a peer silent this long ends the run with an error
 * @param samples where the pinger writes its round-trip samples (latency, open-loop), else null
 * @param rate open-loop: messages per second the pinger sends on schedule; 0 for other scenarios
 */
public record PeerSpec(
        String backend,
        ScenarioKind scenario,
        Role role,
        Pattern pattern,
        String endpoint,
        int size,
        long count,
        long warmup,
        int hwm,
        int timeoutMs,
        Path samples,
        long rate) {

    /** The largest --rate: one message per nanosecond. */
    public static final long MAX_RATE = 1_000_000_000L;

    public PeerSpec {
        require(size >= 1, "--size must be at least 1 byte, got " + size);
        require(count >= 1, "--count must be at least 1, got " + count);
        require(warmup >= 0, "--warmup must be 0 or more, got " + warmup);
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
        if (scenario == ScenarioKind.OPEN_LOOP) {
            require(rate >= 1 && rate <= MAX_RATE, "--rate must be from 1 to " + MAX_RATE
                    + " messages per second, got " + rate);
        } else {
            require(rate == 0, "--rate applies to --scenario open-loop only, got --rate " + rate + " with "
                    + scenario.cliName());
        }
        require(role != Role.BOTH || endpoint.startsWith("inproc://"), "--role both runs the peers as threads of one "
                + "process: it needs an inproc:// endpoint, got '" + endpoint + "'");
        require(role == Role.BOTH || !endpoint.startsWith("inproc://"), "inproc:// only works inside one process: "
                + "use --role both");
        require(!scenario.roundTrips() || role == Role.BIND || samples != null,
                scenario.cliName() + " needs --samples FILE for the round-trip samples");
        require(count + warmup <= Integer.MAX_VALUE, "--count plus --warmup must fit in 2^31-1 messages");
    }

    /** A spec without a send rate: every scenario but open-loop. */
    public PeerSpec(String backend, ScenarioKind scenario, Role role, Pattern pattern, String endpoint, int size,
                    long count, long warmup, int hwm, int timeoutMs, Path samples) {
        this(backend, scenario, role, pattern, endpoint, size, count, warmup, hwm, timeoutMs, samples, 0);
    }

    /** Messages (or round trips) the run exchanges in all: warm-up plus measured. */
    public long total() {
        return warmup + count;
    }

    public String transport() {
        return endpoint.substring(0, endpoint.indexOf("://"));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
