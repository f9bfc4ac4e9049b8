package zmqbench.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.SteadyRule;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;

/** Parses the worker protocol's arguments (see package docs); no library, so it starts fast. */
public final class WorkerArgs {

    static final int DEFAULT_TIMEOUT_MS = 10_000;
    private static final String DESCRIBE = "--describe";
    private static final String SLICES = "--slices";
    private static final List<String> FLAGS = List.of(DESCRIBE, SLICES);
    private static final List<Phase.Kind> WARMUP_KINDS = List.of(Phase.Kind.COUNT, Phase.Kind.MILLIS, Phase.Kind.AUTO);
    private static final List<Phase.Kind> MEASURE_KINDS = List.of(Phase.Kind.COUNT, Phase.Kind.MILLIS);
    private static final List<String> WARMUPS = WARMUP_KINDS.stream().map(WorkerArgs::warmupFlag).toList();
    private static final List<String> MEASURES = MEASURE_KINDS.stream().map(WorkerArgs::measureFlag).toList();
    private static final List<String> OPTIONS = List.of("--backend", "--scenario", "--role", "--pattern",
            "--endpoint", "--size", "--count", "--measure-ms", "--warmup", "--warmup-ms", "--warmup-auto", "--hwm",
            "--timeout-ms", "--samples", "--rate", "--gap-ns", "--window-ms", "--steady-windows", "--steady-tolerance",
            "--jit-quiet-ms");

    private WorkerArgs() {
    }

    /** A parsed command: the backend, and either a describe request or a peer to run. */
    public record Parsed(String backend, boolean describe, PeerSpec spec) {
    }

    public static Parsed parse(String... args) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (FLAGS.contains(arg)) {
                flags.add(arg);
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
        if (flags.contains(DESCRIBE)) {
            return new Parsed(backend, true, null);
        }
        String samples = values.get("--samples");
        ScenarioKind scenario = ScenarioKind.parse(required(values, "--scenario"));
        Role role = Role.parse(required(values, "--role"));
        Pattern pattern = Pattern.parse(values.getOrDefault("--pattern", "pair"));
        String timeoutMs = values.getOrDefault("--timeout-ms", Integer.toString(DEFAULT_TIMEOUT_MS));
        long gapNs = number("--gap-ns", values.getOrDefault("--gap-ns", "0"));
        PeerSpec spec = PeerSpec.builder(backend, scenario, role, pattern)
                .endpoint(required(values, "--endpoint"))
                .size((int) number("--size", required(values, "--size")))
                .phases(warmupPhase(values), flags.contains(SLICES) ? slices(values) : measurePhase(values))
                .hwm((int) number("--hwm", values.getOrDefault("--hwm", "-1")))
                .timeoutMs((int) number("--timeout-ms", timeoutMs))
                .samples(samples == null ? null : Path.of(samples))
                .pacing(new Pacing(rate(values, scenario), gapNs))
                .steady(steadyRule(values))
                .build();
        return new Parsed(backend, false, spec);
    }

    /** The arguments that make a worker run {@code spec}: the inverse of {@link #parse}. */
    public static List<String> format(PeerSpec spec) {
        List<String> args = new ArrayList<>(List.of(
                "--backend", spec.backend(),
                "--scenario", spec.scenario().cliName(),
                "--role", spec.role().cliName(),
                "--pattern", spec.pattern().cliName(),
                "--endpoint", spec.link().endpoint(),
                "--size", Integer.toString(spec.size())));
        Phase measure = spec.phases().measurePhase();
        Phase warmup = spec.phases().warmupPhase();
        args.addAll(spec.sliced() ? List.of(SLICES)
                : List.of(measureFlag(measure.kind()), Long.toString(measure.amount())));
        args.addAll(List.of(
                warmupFlag(warmup.kind()), Long.toString(warmup.amount()),
                "--hwm", Integer.toString(spec.link().hwm()),
                "--timeout-ms", Integer.toString(spec.link().timeoutMs())));
        if (spec.samples() != null) {
            args.add("--samples");
            args.add(spec.samples().toString());
        }
        if (spec.rate() > 0) {
            args.add("--rate");
            args.add(Long.toString(spec.rate()));
        }
        if (spec.gapNs() > 0) {
            args.add("--gap-ns");
            args.add(Long.toString(spec.gapNs()));
        }
        SteadyRule rule = spec.phases().steady();
        // Counted phases with the default rule keep the arguments' older form, which every worker reads.
        if (!spec.counted() || !rule.equals(SteadyRule.DEFAULT)) {
            args.addAll(List.of("--window-ms", Integer.toString(rule.windowMs()),
                    "--steady-windows", Integer.toString(rule.windows()),
                    "--steady-tolerance", SteadyRule.decimal(rule.tolerancePct()),
                    "--jit-quiet-ms", Long.toString(rule.jitQuietMs())));
        }
        return args;
    }

    /** Exactly one of --warmup N, --warmup-ms MS, --warmup-auto CAP_MS; --warmup 0 when none. */
    private static Phase warmupPhase(Map<String, String> values) {
        String option = exclusive(values, WARMUPS);
        if (option == null) {
            return Phase.count(0);
        }
        long amount = number(option, values.get(option));
        return new Phase(WARMUP_KINDS.get(WARMUPS.indexOf(option)), amount);
    }

    /** Exactly one of --count N, --measure-ms MS. */
    private static Phase measurePhase(Map<String, String> values) {
        String option = exclusive(values, MEASURES);
        if (option == null) {
            throw new IllegalArgumentException("missing --count or --measure-ms");
        }
        long amount = number(option, values.get(option));
        return new Phase(MEASURE_KINDS.get(MEASURES.indexOf(option)), amount);
    }

    /** The argument that gives a warm-up of {@code kind}. */
    private static String warmupFlag(Phase.Kind kind) {
        return switch (kind) {
            case COUNT -> "--warmup";
            case MILLIS -> "--warmup-ms";
            case AUTO -> "--warmup-auto";
            case SLICES -> throw new IllegalArgumentException("the warm-up takes a count, a duration or auto, not slices");
        };
    }

    /** The argument that gives a measurement of {@code kind} (never automatic). */
    private static String measureFlag(Phase.Kind kind) {
        return switch (kind) {
            case COUNT -> "--count";
            case MILLIS -> "--measure-ms";
            case AUTO -> throw new IllegalArgumentException("the measurement takes a count or a duration, not auto");
            case SLICES -> throw new IllegalArgumentException("slices are the flag --slices, not a measurement amount");
        };
    }

    /** --slices: the parent's slice lines are the measurement, so neither --count nor --measure-ms. */
    private static Phase slices(Map<String, String> values) {
        if (exclusive(values, MEASURES) != null) {
            throw new IllegalArgumentException(
                    "--slices: --count and --measure-ms do not apply (the parent's slice lines are the measurement)");
        }
        return Phase.slices();
    }

    /** The one option of {@code choices} given, null for none; two of them are an error naming both. */
    private static String exclusive(Map<String, String> values, List<String> choices) {
        String given = null;
        for (String choice : choices) {
            if (values.containsKey(choice)) {
                if (given != null) {
                    throw new IllegalArgumentException(given + " " + values.get(given) + " and " + choice + " "
                            + values.get(choice) + " exclude each other: give one of " + String.join(", ", choices));
                }
                given = choice;
            }
        }
        return given;
    }

    private static SteadyRule steadyRule(Map<String, String> values) {
        SteadyRule defaults = SteadyRule.DEFAULT;
        return new SteadyRule(
                whole("--window-ms", values.getOrDefault("--window-ms", Integer.toString(defaults.windowMs()))),
                whole("--steady-windows",
                        values.getOrDefault("--steady-windows", Integer.toString(defaults.windows()))),
                decimal("--steady-tolerance", values.getOrDefault("--steady-tolerance",
                        SteadyRule.decimal(defaults.tolerancePct()))),
                number("--jit-quiet-ms",
                        values.getOrDefault("--jit-quiet-ms", Long.toString(defaults.jitQuietMs()))));
    }

    private static double decimal(String option, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed) && !value.isBlank() && value.strip().equals(value)
                    && !value.matches(".*[a-zA-Z].*")) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a number such as 5 or 2.5, got '" + value + "'");
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

    private static int whole(String option, String value) {
        long number = number(option, value);
        if (number != (int) number) {
            throw new IllegalArgumentException(option + " is out of range, got '" + value + "'");
        }
        return (int) number;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }
}
