package zmqbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.scenario.ScenarioKind;
import zmqbench.sweep.RateSweep;
import zmqbench.sweep.RateSweepPlan;
import zmqbench.sweep.RateSweeper;

/**
 * Runs a rate sweep: each step an open-loop comparison of its own ({@link ComparisonRunner}, with
 * its rounds of forks interleaving the backends still climbing), saved as a result set in the
 * sweep's directory, and {@code sweep.json} beside them rewritten after every step.
 */
public final class RateSweepRunner {

    /**
     * What a finished sweep leaves for the command line.
     *
     * @param failed a step's cell failed or a named backend could not run (exit status 1)
     */
    public record Outcome(Path dir, RateSweep sweep, boolean failed) {
    }

    private final ComparisonRunner steps;
    private final Consumer<String> notices;

    /** @param notices takes each line for the user; a line the steps repeat is passed on once */
    public RateSweepRunner(Home home, String toolVersion, Consumer<String> notices) {
        Set<String> said = new LinkedHashSet<>();
        this.notices = notices;
        this.steps = new ComparisonRunner(home, toolVersion, line -> {
            if (said.add(line)) {
                notices.accept(line);
            }
        });
    }

    /**
     * Why {@code options} cannot be swept, or null: a sweep climbs one open-loop cell (a knee per
     * backend), interop rows and JVM or release columns are not backends, and a sweep's directory
     * is not written twice.
     */
    public static String refusal(CompareOptions options) {
        List<CellKey> cells = Comparison.cells(options);
        if (options.matrix().interop()) {
            return "rate-sweep: --interop is not swept (a knee is per backend)";
        }
        if (JvmColumns.asked(options.launch()) || !options.matrix().releases().isEmpty()) {
            return "rate-sweep: --jvm, --jvm-args, --versions and --jar columns are not swept (a knee is per backend)";
        }
        if (options.output().out() != null && RateSweep.isSweep(options.output().out())) {
            return "--out: " + options.output().out() + " already holds a rate sweep; choose a new directory";
        }
        if (cells.size() != 1) {
            return "rate-sweep climbs one open-loop cell, got " + cells.size() + " (give one pattern, transport, "
                    + "size and hwm; pair or dealer-router, 16 B and up)";
        }
        return null;
    }

    /**
     * Climbs {@code plan}'s ladder with {@code request}'s open-loop cell, which {@link #refusal}
     * and {@link Preflight#check} passed.
     */
    public Outcome run(RunRequest request, RateSweepPlan plan, Comparison.Listener listener)
            throws RunRefused, IOException, InterruptedException {
        CompareOptions options = request.options();
        CellKey cell = Comparison.cells(options).get(0);
        if (cell.scenario() != ScenarioKind.OPEN_LOOP) {
            throw new IllegalArgumentException("a rate sweep measures open-loop cells, got " + cell.label());
        }
        Path dir = options.output().out() != null ? options.output().out()
                : ResultDirectory.of(LocalDateTime.now(), ConfigHash.of(options));
        Files.createDirectories(dir);
        AtomicBoolean failed = new AtomicBoolean();
        RateSweep sweep = RateSweeper.run(cell.label(), plan, options.matrix().backends(), (rate, backends) -> {
            notices.accept("rate sweep: " + rate + " msg/s, " + String.join(", ", backends));
            RunRequest step = new RunRequest(options.withSweepStep(rate, backends, dir.resolve(RateSweep.stepDir(rate))),
                    request.backendsGiven(), false);
            ComparisonOutcome outcome = steps.run(step, listener);
            if (outcome.failed()) {
                failed.set(true);
            }
            return outcome.cells();
        }, progress -> progress.write(dir));
        sweep.write(dir);
        return new Outcome(dir, sweep, failed.get());
    }
}
