package zmqbench.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.options.Phase;
import zmqbench.protocol.WorkerArgs;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.ScenarioKind;

/**
 * The warm-up and measurement one fork's workers run, resolved from the options for its scenario
 * and pattern, and how they reach a worker as arguments (the worker protocol's {@code --warmup N |
 * --warmup-ms MS | --warmup-auto CAP_MS}, {@code --count N | --measure-ms MS} and the steady-state
 * test's {@code --window-ms --steady-windows --steady-tolerance --jit-quiet-ms}).
 *
 * <p>Resolution: a per-scenario count ({@code --latency-count} and the like) wins; else the generic
 * phase. Open-loop counts its phases at its rate (rate x duration; an auto warm-up is rate x
 * min(cap, {@link Defaults#OPEN_LOOP_AUTO_WARMUP_MS})); pub-sub counts too, with the defaults' counts
 * where the generic phase is not one (a publisher cannot be stopped in step with a dropping
 * subscriber).
 *
 * @param warmupCapMs the longest an auto warm-up runs
 * @param rate open-loop's messages per second, else 0
 */
record WorkerPhases(Phase warmup, Phase measure, long warmupCapMs, long windowMs, int steadyWindows,
                    double steadyTolerancePercent, long rate) {

    /** Warm-up and measurement together may not exceed what a worker counts in an int. */
    private static final long MAX_MESSAGES = Integer.MAX_VALUE / 2;

    static WorkerPhases of(CompareOptions options, ScenarioKind scenario, Pattern pattern) {
        Long count = options.count(scenario);
        Long warmupCount = options.warmupCount(scenario);
        Phase measure = count != null ? Phase.count(count) : options.measure();
        Phase warmup = warmupCount != null ? Phase.count(warmupCount) : options.warmup();
        long rate = scenario == ScenarioKind.OPEN_LOOP ? options.rate() : 0;
        if (rate > 0) {
            measure = atRate(measure, rate, 0);
            warmup = atRate(warmup, rate, Math.min(options.warmupCapMs(), Defaults.OPEN_LOOP_AUTO_WARMUP_MS));
        } else if (pattern == Pattern.PUB_SUB) {
            measure = measure.counted() ? measure : Phase.count(scenario.roundTrips() ? Defaults.LATENCY_COUNT
                    : Defaults.THROUGHPUT_COUNT);
            warmup = warmup.counted() ? warmup : Phase.count(scenario.roundTrips() ? Defaults.LATENCY_WARMUP
                    : Defaults.THROUGHPUT_WARMUP);
        }
        return new WorkerPhases(warmup, measure, options.warmupCapMs(), options.windowMs(), options.steadyWindows(),
                options.steadyTolerancePercent(), rate);
    }

    /** A timed or auto phase at a fixed send rate, as a count ({@code autoMs}: how long an auto one lasts). */
    private static Phase atRate(Phase phase, long rate, long autoMs) {
        long millis = switch (phase.kind()) {
            case COUNT -> -1;
            case TIME -> phase.value();
            case AUTO -> autoMs;
        };
        return millis < 0 ? phase : Phase.count(Math.max(1, Math.min(MAX_MESSAGES, rate * millis / 1000)));
    }

    /** True when both phases are counts: a worker knows the totals, and no steady-state test runs. */
    boolean counted() {
        return warmup.counted() && measure.counted();
    }

    /** True when the measurement ends by time: a throughput receiver says {@code measured}, the sender is stopped. */
    boolean timedMeasure() {
        return !measure.counted();
    }

    /** Messages a fork of counted phases exchanges, or -1 when time or steady state decides. */
    long expectedMessages() {
        return counted() ? warmup.value() + measure.value() : -1;
    }

    /**
     * The worker arguments of {@code spec} with these phases.
     *
     * <p>The one place that knows the worker protocol's phase arguments: PeerSpec still carries
     * counts only, so {@link #specCount()} and {@link #specWarmup()} fill its count fields and their
     * {@code --count}/{@code --warmup} pair is replaced here. Once PeerSpec carries the phases,
     * this becomes {@code WorkerArgs.format(spec)} of a spec built from these phases.
     */
    List<String> arguments(PeerSpec spec) {
        List<String> formatted = WorkerArgs.format(spec);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < formatted.size(); i++) {
            String arg = formatted.get(i);
            if (arg.equals("--count") || arg.equals("--warmup")) {
                i++;
            } else {
                args.add(arg);
            }
        }
        args.addAll(switch (warmup.kind()) {
            case COUNT -> List.of("--warmup", Long.toString(warmup.value()));
            case TIME -> List.of("--warmup-ms", Long.toString(warmup.value()));
            case AUTO -> List.of("--warmup-auto", Long.toString(warmupCapMs));
        });
        args.addAll(measure.counted() ? List.of("--count", Long.toString(measure.value()))
                : List.of("--measure-ms", Long.toString(measure.value())));
        if (!counted()) {
            // Counted phases run no steady-state test; leaving these out keeps such a run's arguments
            // those of a worker that predates timed phases.
            args.addAll(List.of("--window-ms", Long.toString(windowMs),
                    "--steady-windows", Integer.toString(steadyWindows),
                    "--steady-tolerance", BigDecimal.valueOf(steadyTolerancePercent).stripTrailingZeros()
                            .toPlainString(),
                    "--jit-quiet-ms", Long.toString(Defaults.JIT_QUIET_MS)));
        }
        return args;
    }

    /** PeerSpec's count for these phases: the measured count, or 1 when the measurement is timed. */
    long specCount() {
        return measure.counted() ? measure.value() : 1;
    }

    /** PeerSpec's warm-up for these phases: the warm-up count, or 0 when it is timed or auto. */
    long specWarmup() {
        return warmup.counted() ? warmup.value() : 0;
    }

    /**
     * How long the phases may take, in ms, before a worker counts as hung: a timed phase its
     * duration, an auto warm-up its cap, a count {@code perMessageUs} per message (and, at a send
     * rate, its schedule).
     */
    long budgetMs(long perMessageUs) {
        return budgetMs(warmup, perMessageUs) + budgetMs(measure, perMessageUs);
    }

    private long budgetMs(Phase phase, long perMessageUs) {
        if (phase.kind() == Phase.Kind.AUTO) {
            return warmupCapMs;
        }
        if (phase.kind() == Phase.Kind.TIME) {
            return phase.value();
        }
        long schedule = rate > 0 ? phase.value() * 1000 / rate : 0;
        return phase.value() * perMessageUs / 1000 + schedule;
    }
}
