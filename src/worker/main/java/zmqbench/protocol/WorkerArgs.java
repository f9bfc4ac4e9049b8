package zmqbench.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;

/** Parses the worker protocol's arguments (see package docs); no library, so it starts fast. */
public final class WorkerArgs {

    static final int DEFAULT_TIMEOUT_MS = 10_000;
    private static final List<String> FLAGS = List.of("--describe");
    private static final List<String> OPTIONS = List.of("--backend", "--scenario", "--role", "--pattern",
            "--endpoint", "--size", "--count", "--warmup", "--hwm", "--timeout-ms", "--samples", "--rate");

    private WorkerArgs() {
    }

    /** A parsed command: the backend, and either a describe request or a peer to run. */
    public record Parsed(String backend, boolean describe, PeerSpec spec) {
    }

    public static Parsed parse(String... args) {
        Map<String, String> values = new HashMap<>();
        boolean describe = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (FLAGS.contains(arg)) {
                describe = true;
            } else if (OPTIONS.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                values.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown worker argument '" + arg + "'");
            }
        }
        String backend = required(values, "--backend");
        if (describe) {
            return new Parsed(backend, true, null);
        }
        String samples = values.get("--samples");
        ScenarioKind scenario = ScenarioKind.parse(required(values, "--scenario"));
        PeerSpec spec = new PeerSpec(
                backend,
                scenario,
                Role.parse(required(values, "--role")),
                Pattern.parse(values.getOrDefault("--pattern", "pair")),
                required(values, "--endpoint"),
                (int) number("--size", required(values, "--size")),
                number("--count", required(values, "--count")),
                number("--warmup", values.getOrDefault("--warmup", "0")),
                (int) number("--hwm", values.getOrDefault("--hwm", "-1")),
                (int) number("--timeout-ms", values.getOrDefault("--timeout-ms", Integer.toString(DEFAULT_TIMEOUT_MS))),
                samples == null ? null : Path.of(samples),
                rate(values, scenario));
        return new Parsed(backend, false, spec);
    }

    /** The arguments that make a worker run {@code spec}: the inverse of {@link #parse}. */
    public static List<String> format(PeerSpec spec) {
        List<String> args = new ArrayList<>(List.of(
                "--backend", spec.backend(),
                "--scenario", spec.scenario().cliName(),
                "--role", spec.role().cliName(),
                "--pattern", spec.pattern().cliName(),
                "--endpoint", spec.endpoint(),
                "--size", Integer.toString(spec.size()),
                "--count", Long.toString(spec.count()),
                "--warmup", Long.toString(spec.warmup()),
                "--hwm", Integer.toString(spec.hwm()),
                "--timeout-ms", Integer.toString(spec.timeoutMs())));
        if (spec.samples() != null) {
            args.add("--samples");
            args.add(spec.samples().toString());
        }
        if (spec.rate() > 0) {
            args.add("--rate");
            args.add(Long.toString(spec.rate()));
        }
        return args;
    }

    /** --rate: required for open-loop (after the other required options, as the C worker checks). */
    private static long rate(Map<String, String> values, ScenarioKind scenario) {
        if (scenario == ScenarioKind.OPEN_LOOP && !values.containsKey("--rate")) {
            throw new IllegalArgumentException(
                    "missing --rate (open-loop sends at a fixed rate, in messages per second)");
        }
        return number("--rate", values.getOrDefault("--rate", "0"));
    }

    private static String required(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            throw new IllegalArgumentException("missing " + option);
        }
        return value;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }
}
