package zmqbench.run;

import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.options.PhaseOption;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.SteadyRule;

/**
 * The warm-up and measurement one fork's workers run, resolved from the options for its scenario,
 * and how they reach a worker as arguments (the worker protocol's {@code --warmup N | --warmup-ms
 * MS | --warmup-auto CAP_MS}, {@code --count N | --measure-ms MS} and the steady-state test's
 * {@code --window-ms --steady-windows --steady-tolerance --jit-quiet-ms}).
 *
 * <p>Resolution: a per-scenario count ({@code --latency-count} and the like) wins; else the generic
 * phase. Open-loop measures a count at its rate (rate x duration); its warm-up is as any other's.
 *
 * @param warmupCapMs the longest an auto warm-up runs
 * @param rate open-loop's messages per second, else 0
 */
record WorkerPhases(PhaseOption warmup, PhaseOption measure, long warmupCapMs, long windowMs, int steadyWindows,
                    double steadyTolerancePercent, long rate) {

    /** Warm-up and measurement together may not exceed what a worker counts in an int. */
    private static final long MAX_MESSAGES = Integer.MAX_VALUE / 2;

    static WorkerPhases of(CompareOptions options, ScenarioKind scenario) {
        Long count = options.count(scenario);
        Long warmupCount = options.warmupCount(scenario);
        PhaseOption measure = count != null ? PhaseOption.count(count) : options.measure();
        PhaseOption warmup = warmupCount != null ? PhaseOption.count(warmupCount) : options.warmup();
        long rate = scenario == ScenarioKind.OPEN_LOOP ? options.rate() : 0;
        if (rate > 0 && measure.kind() == PhaseOption.Kind.TIME) {
            measure = PhaseOption.count(Math.max(1, Math.min(MAX_MESSAGES, rate * measure.value() / 1000)));
        }
        return new WorkerPhases(warmup, measure, options.warmupCapMs(), options.windowMs(), options.steadyWindows(),
                options.steadyTolerancePercent(), rate);
    }

    /**
     * True when both phases are counts: a worker knows the totals, and no steady-state test runs.
     * Otherwise a throughput sender cannot know when to end: the receiver says {@code measured},
     * and the parent stops the sender.
     */
    boolean counted() {
        return warmup.counted() && measure.counted();
    }

    /** Messages a fork of counted phases exchanges, or -1 when time or steady state decides. */
    long expectedMessages() {
        return counted() ? warmup.value() + measure.value() : -1;
    }

    /** The warm-up as the worker protocol has it ({@code --warmup N | --warmup-ms MS | --warmup-auto CAP_MS}). */
    Phase workerWarmup() {
        return workerPhase(warmup, warmupCapMs);
    }

    /** The measurement as the worker protocol has it ({@code --count N | --measure-ms MS}). */
    Phase workerMeasure() {
        return workerPhase(measure, 0);
    }

    /** The steady-state test an auto warm-up runs. */
    SteadyRule steadyRule() {
        return new SteadyRule(Math.toIntExact(windowMs), steadyWindows, steadyTolerancePercent, Defaults.JIT_QUIET_MS);
    }

    private static Phase workerPhase(PhaseOption phase, long capMs) {
        return switch (phase.kind()) {
            case COUNT -> Phase.count(phase.value());
            case TIME -> Phase.millis(phase.value());
            case AUTO -> Phase.auto(capMs);
        };
    }

    /**
     * How long the phases may take, in ms, before a worker counts as hung: a timed phase its
     * duration, an auto warm-up its cap, a count {@code perMessageUs} per message (and, at a send
     * rate, its schedule).
     */
    long budgetMs(long perMessageUs) {
        return budgetMs(warmup, perMessageUs) + budgetMs(measure, perMessageUs);
    }

    private long budgetMs(PhaseOption phase, long perMessageUs) {
        if (phase.kind() == PhaseOption.Kind.AUTO) {
            return warmupCapMs;
        }
        if (phase.kind() == PhaseOption.Kind.TIME) {
            return phase.value();
        }
        long schedule = rate > 0 ? phase.value() * 1000 / rate : 0;
        return phase.value() * perMessageUs / 1000 + schedule;
    }
}
