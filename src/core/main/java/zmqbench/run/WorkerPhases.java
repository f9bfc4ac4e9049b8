package zmqbench.run;

import zmqbench.options.CompareOptions;
import zmqbench.options.Defaults;
import zmqbench.results.CellKey;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.SteadyRule;
import zmqbench.scenarios.ScenarioType;

/**
 * The warm-up and measurement one fork's workers run, resolved from the options for its scenario;
 * they reach a worker as its phase arguments ({@code --warmup N | --warmup-ms MS | --warmup-auto
 * CAP_MS}, {@code --count N | --measure-ms MS}) and the steady-state test's ({@code --window-ms
 * --steady-windows --steady-tolerance --jit-quiet-ms}).
 *
 * <p>Resolution: a per-scenario count ({@code --latency-count} and the like) wins; else the generic
 * phase; then the scenario may make its own of it (open-loop measures a count at its rate: rate x
 * duration). The warm-up is as any other's.
 *
 * @param warmup a count, a duration, or auto with its cap
 * @param pacing open-loop's send rate, sparse's gap, else none
 */
record WorkerPhases(Phase warmup, Phase measure, long windowMs, int steadyWindows, double steadyTolerancePercent,
                    Pacing pacing) {

    /** The phases of {@code key}'s forks. */
    static WorkerPhases of(CompareOptions options, CellKey key) {
        return of(options, key.scenario(), key.pacing());
    }

    /** The phases of a scenario whose cells have no pacing of their own. */
    static WorkerPhases of(CompareOptions options, ScenarioKind scenario) {
        return of(options, scenario, Pacing.NONE);
    }

    private static WorkerPhases of(CompareOptions options, ScenarioKind scenario, Pacing cellPacing) {
        ScenarioType type = ScenarioType.of(scenario);
        Long count = options.counts().measured(scenario);
        Long warmupCount = options.counts().warmup(scenario);
        Pacing pacing = type.pacing(options, cellPacing);
        Phase measure = type.measure(count != null ? Phase.count(count) : options.phases().measure(), pacing);
        Phase warmup = warmupCount != null ? Phase.count(warmupCount) : options.phases().warmup();
        return new WorkerPhases(warmup, measure, options.phases().windowMs(), options.phases().steadyWindows(),
                options.phases().steadyTolerancePercent(), pacing);
    }

    /** These phases with the parent's slices as the measurement ({@code --slices}). */
    WorkerPhases sliced() {
        return new WorkerPhases(warmup, Phase.slices(), windowMs, steadyWindows, steadyTolerancePercent, pacing);
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
     * duration, an auto warm-up its cap, a count {@code perMessageUs} per message (and its pacing's
     * schedule: at a send rate, or its gaps).
     */
    long budgetMs(long perMessageUs) {
        return budgetMs(warmup, perMessageUs) + budgetMs(measure, perMessageUs);
    }

    private long budgetMs(Phase phase, long perMessageUs) {
        if (!phase.counted()) {
            return phase.amount(); // a duration, or an auto warm-up's cap
        }
        return phase.amount() * perMessageUs / 1000 + pacing.scheduleMs(phase.amount());
    }
}
