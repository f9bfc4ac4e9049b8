package zmqbench.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zmqbench.scenario.PhaseDefaults;

/**
 * One crossing micro-benchmark ({@code zmqbench crossings}), as a worker runs it: batches of one
 * trivial libzmq call through the backend's native crossing, timed per batch after a warm-up.
 * Worker arguments (Java and C worker alike):
 * <pre>
 * --backend NAME --crossings [--call FUNCTION] [--calls N] [--batches K] [--warmup-auto CAP_MS]
 * </pre>
 *
 * @param call the libzmq function to call, one of {@link #CALLS}; null: the backend's own (a Java
 *     backend has one, and refuses another; the C worker calls any of them, zmq_errno by default)
 * @param calls calls per batch, 1 to 2^31-1
 * @param batches measured batches, 1 to {@link #MAX_BATCHES}
 * @param warmupCapMs the warm-up runs batches until steady (as {@code --warmup-auto}: the last
 *     {@link PhaseDefaults#STEADY_WINDOWS} batches' median within {@link PhaseDefaults#STEADY_TOLERANCE_PCT}
 *     % of the ones before, and on a JVM the JIT compiler threads quiet over them), at most this long
 */
public record CrossingSpec(String backend, String call, int calls, int batches, long warmupCapMs) {

    public static final String FLAG = "--crossings";
    /**
     * The libzmq functions the backends' trivial calls reach: zmq_errno (a thread-local read) where
     * the binding can call any function, zmq_ctx_get(ctx, ZMQ_MAX_SOCKETS) for JZMQ, whose cheapest
     * call into libzmq it is.
     */
    public static final List<String> CALLS = List.of("zmq_errno", "zmq_ctx_get");
    /**
     * Ten million: a batch lasts at least 10 ms even at the C floor's ~1 ns a call, so two clock
     * reads are lost in it, and about a second through JNA (~100 ns).
     */
    public static final int DEFAULT_CALLS = 10_000_000;
    public static final int DEFAULT_BATCHES = 10;
    public static final long DEFAULT_WARMUP_CAP_MS = PhaseDefaults.WARMUP_CAP_MS;
    public static final int MAX_BATCHES = 10_000;

    private static final List<String> OPTIONS = List.of("--backend", "--call", "--calls", "--batches",
            "--warmup-auto");

    public CrossingSpec {
        if (call != null && !CALLS.contains(call)) {
            throw new IllegalArgumentException("--call must be one of " + String.join(", ", CALLS) + ", got '"
                    + call + "'");
        }
        if (calls < 1) {
            throw new IllegalArgumentException("--calls must be from 1 to " + Integer.MAX_VALUE + ", got " + calls);
        }
        if (batches < 1 || batches > MAX_BATCHES) {
            throw new IllegalArgumentException("--batches must be from 1 to " + MAX_BATCHES + ", got " + batches);
        }
        if (warmupCapMs < 1) {
            throw new IllegalArgumentException("--warmup-auto must be at least 1 (ms), got " + warmupCapMs);
        }
    }

    /** True when the worker arguments ask for this mode. */
    public static boolean requested(String... args) {
        return List.of(args).contains(FLAG);
    }

    /** The worker arguments that run this benchmark: the inverse of {@link #parse}. */
    public List<String> format() {
        List<String> args = new ArrayList<>(List.of("--backend", backend, FLAG));
        if (call != null) {
            args.addAll(List.of("--call", call));
        }
        args.addAll(List.of("--calls", Integer.toString(calls), "--batches", Integer.toString(batches),
                "--warmup-auto", Long.toString(warmupCapMs)));
        return args;
    }

    public static CrossingSpec parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(FLAG)) {
                continue;
            }
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown crossings argument '" + args[i] + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            values.put(args[i], args[++i]);
        }
        String backend = values.get("--backend");
        if (backend == null) {
            throw new IllegalArgumentException("missing --backend");
        }
        return new CrossingSpec(backend, values.get("--call"),
                (int) number(values, "--calls", DEFAULT_CALLS, Integer.MAX_VALUE),
                (int) number(values, "--batches", DEFAULT_BATCHES, Integer.MAX_VALUE),
                number(values, "--warmup-auto", DEFAULT_WARMUP_CAP_MS, Long.MAX_VALUE));
    }

    private static long number(Map<String, String> values, String option, long otherwise, long max) {
        String value = values.get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed > max) {
                throw new IllegalArgumentException(option + " is out of range: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }
}
