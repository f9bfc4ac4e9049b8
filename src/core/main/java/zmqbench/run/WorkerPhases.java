package zmqbench.run;

import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.SteadyRule;

/**
 * The warm-up and measurement one fork's workers run, resolved from the options for its scenario;
 * they reach a worker as its phase arguments ({@code --warmup N | --warmup-ms MS | --warmup-auto
 * CAP_MS}, {@code --count N | --measure-ms MS}) and the steady-state test's ({@code --window-ms
 * --steady-windows --steady-tolerance --jit-quiet-ms}).
 *
 * <p>Resolution: a per-scenario count ({@code --latency-count} and the like) wins; else the generic
 * phase. Open-loop measures a count at its rate (rate x duration); its warm-up is as any other's.
 *
 * @param warmup a count, a duration, or auto with its cap
 * @param rate open-loop's messages per second, else 0
 */
record WorkerPhases(Phase warmup, Phase measure, long windowMs, int steadyWindows, double steadyTolerancePercent,
                    long rate) {

    /** Warm-up and measurement together may not exceed what a worker counts in an int. */
    private static final long MAX_MESSAGES = Integer.MAX_VALUE / 2;

    static WorkerPhases of(CompareOptions options, ScenarioKind scenario) {
        Long count = options.count(scenario);
        Long warmupCount = options.warmupCount(scenario);
        Phase measure = count != null ? Phase.count(count) : options.measure();
        Phase warmup = warmupCount != null ? Phase.count(warmupCount) : options.warmup();
        long rate = scenario == ScenarioKind.OPEN_LOOP ? options.rate() : 0;
        if (rate > 0 && measure.kind() == Phase.Kind.MILLIS) {
            measure = Phase.count(Math.max(1, Math.min(MAX_MESSAGES, rate * measure.amount() / 1000)));
        }
        return new WorkerPhases(warmup, measure, options.windowMs(), options.steadyWindows(),
                options.steadyTolerancePercent(), rate);
    }

    /** These phases with the parent's slices as the measurement ({@code --slices}). */
    WorkerPhases sliced() {
        return new WorkerPhases(warmup, Phase.slices(), windowMs, steadyWindows, steadyTolerancePercent, rate);
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
        return counted() ? warmup.amount() + measure.amount() : -1;
    }

    /** The steady-state test an auto warm-up runs. */
    SteadyRule steadyRule() {
        return new SteadyRule(Math.toIntExact(windowMs), steadyWindows, steadyTolerancePercent, Defaults.JIT_QUIET_MS);
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
        if (!phase.counted()) {
            return phase.amount(); // a duration, or an auto warm-up's cap
        }
        long schedule = rate > 0 ? phase.amount() * 1000 / rate : 0;
        return phase.amount() * perMessageUs / 1000 + schedule;
    }
}
