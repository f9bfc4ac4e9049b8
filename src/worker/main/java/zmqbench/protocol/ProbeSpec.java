package zmqbench.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zmqbench.scenario.Transport;

/**
 * One high-water-mark probe, as a worker runs it: both peers in one process, the receiver never
 * reading. Worker arguments (Java and C worker alike):
 * <pre>
 * --backend NAME --scenario semantics --socket S --transport inproc|tcp --hwm N
 *   [--hwm-set before|after] [--size BYTES] [--block-ms MS] [--timeout-ms MS] [--limit N]
 * </pre>
 *
 * @param hwm SNDHWM and RCVHWM of both sockets, >= 1
 * @param hwmAfterConnect false: the HWM is set before bind/connect (the usual way); true: after
 *     both are connected, on pipes made with the default of 1000 (libzmq 4.2+ documents that
 *     SNDHWM and RCVHWM apply to existing connections too)
 * @param size bytes per message, >= {@link #MIN_SIZE} (a marker byte and a sequence number)
 * @param blockMs SNDTIMEO of the sender: a blocking send that waits this long is "blocked"
 * @param timeoutMs bound of each phase (connecting, probing, draining)
 * @param limit most sends the probe makes: a socket that accepts them all never blocks
 */
public record ProbeSpec(String backend, SendingSocket socket, Transport transport, int hwm, boolean hwmAfterConnect,
                        int size, int blockMs, int timeoutMs, long limit) {

    public static final String SCENARIO = "semantics";
    public static final List<Transport> TRANSPORTS = List.of(Transport.INPROC, Transport.TCP);
    public static final int MIN_SIZE = 16;
    public static final int DEFAULT_SIZE = 64;
    public static final int DEFAULT_BLOCK_MS = 200;
    public static final int DEFAULT_TIMEOUT_MS = 10_000;
    /** Over tcp the kernel's socket buffers queue too; this many more sends may be needed to fill them. */
    public static final long TCP_EXTRA = 1_000_000;
    /** libzmq's (and JeroMQ's) default SNDHWM and RCVHWM: what pipes get when the HWM is set after connecting. */
    public static final int DEFAULT_HWM = 1000;
    private static final long MAX_LIMIT = 100_000_000;

    private static final List<String> OPTIONS = List.of("--backend", "--scenario", "--socket", "--transport",
            "--hwm", "--hwm-set", "--size", "--block-ms", "--timeout-ms", "--limit");

    public ProbeSpec {
        if (transport == null || !TRANSPORTS.contains(transport)) {
            throw new IllegalArgumentException("--transport must be inproc or tcp, got '"
                    + (transport == null ? "none" : transport.cliName()) + "'");
        }
        if (hwm < 1) {
            throw new IllegalArgumentException("--hwm must be at least 1 (0 means no limit: nothing to probe), got "
                    + hwm);
        }
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("--size must be at least " + MIN_SIZE + ", got " + size);
        }
        if (blockMs < 1 || timeoutMs < 1) {
            throw new IllegalArgumentException("--block-ms and --timeout-ms must be at least 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("--limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** A probe with the default size, times and limit. */
    public static ProbeSpec of(String backend, SendingSocket socket, Transport transport, int hwm) {
        return new ProbeSpec(backend, socket, transport, hwm, false, DEFAULT_SIZE, DEFAULT_BLOCK_MS,
                DEFAULT_TIMEOUT_MS, defaultLimit(transport, hwm, false));
    }

    /**
     * Ten times the documented inproc limit (SNDHWM + RCVHWM; when the HWM is set after
     * connecting, at least the default's, which a library that ignores the change keeps), plus
     * room for the kernel's buffers over tcp: a socket that accepts this many sends from a
     * receiver that never reads has no limit.
     */
    public static long defaultLimit(Transport transport, int hwm, boolean hwmAfterConnect) {
        long limit = 10L * documentedInprocLimit(hwmAfterConnect ? Math.max(hwm, DEFAULT_HWM) : hwm);
        return Math.min(MAX_LIMIT, transport == Transport.TCP ? limit + TCP_EXTRA : limit);
    }

    /** libzmq's inproc pipe holds SNDHWM + RCVHWM messages (both set to {@code hwm} here). */
    public static long documentedInprocLimit(int hwm) {
        return 2L * hwm;
    }

    public String endpoint() {
        return transport == Transport.INPROC ? "inproc://zmqbench-semantics" : "tcp://127.0.0.1:*";
    }

    /** e.g. {@code pub/tcp}. */
    public String label() {
        return socket.cliName() + "/" + transport.cliName();
    }

    /** True when the worker arguments ask for this scenario. */
    public static boolean requested(String... args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--scenario") && args[i + 1].equals(SCENARIO)) {
                return true;
            }
        }
        return false;
    }

    /** The worker arguments that run this probe: the inverse of {@link #parse}. */
    public List<String> format() {
        return new ArrayList<>(List.of(
                "--backend", backend,
                "--scenario", SCENARIO,
                "--socket", socket.cliName(),
                "--transport", transport.cliName(),
                "--hwm", Integer.toString(hwm),
                "--hwm-set", hwmAfterConnect ? "after" : "before",
                "--size", Integer.toString(size),
                "--block-ms", Integer.toString(blockMs),
                "--timeout-ms", Integer.toString(timeoutMs),
                "--limit", Long.toString(limit)));
    }

    public static ProbeSpec parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown semantics argument '" + args[i] + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            values.put(args[i], args[++i]);
        }
        Transport transport = Transport.parse(required(values, "--transport"));
        int hwm = (int) number(values, "--hwm", "10");
        String limit = values.get("--limit");
        String hwmSet = values.getOrDefault("--hwm-set", "before");
        if (!hwmSet.equals("before") && !hwmSet.equals("after")) {
            throw new IllegalArgumentException("--hwm-set must be before or after, got '" + hwmSet + "'");
        }
        boolean after = hwmSet.equals("after");
        return new ProbeSpec(required(values, "--backend"), SendingSocket.parse(required(values, "--socket")),
                transport, hwm, after,
                (int) number(values, "--size", Integer.toString(DEFAULT_SIZE)),
                (int) number(values, "--block-ms", Integer.toString(DEFAULT_BLOCK_MS)),
                (int) number(values, "--timeout-ms", Integer.toString(DEFAULT_TIMEOUT_MS)),
                limit == null && TRANSPORTS.contains(transport) && hwm >= 1 ? defaultLimit(transport, hwm, after)
                        : number(values, "--limit", "0"));
    }

    private static String required(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            throw new IllegalArgumentException("missing " + option);
        }
        return value;
    }

    private static long number(Map<String, String> values, String option, String otherwise) {
        String value = values.getOrDefault(option, otherwise);
        try {
            long parsed = Long.parseLong(value);
            if (!option.equals("--limit") && (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(option + " is out of range: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }
}
