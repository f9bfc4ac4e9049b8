package zmqbench.run;

import java.util.List;
import java.util.function.Consumer;

/**
 * Which backend the ratios are taken against. A baseline the user named must run, or the report
 * would silently have no ratios; the default (c) falls away, with a notice, when it does not run
 * (not asked for, or not built here), so that a run without c still runs.
 */
final class Baseline {

    private Baseline() {
    }

    /** Before anything runs: a named baseline is among the backends asked for. */
    static void requireAsked(RunRequest request) {
        String baseline = request.options().output().baseline();
        List<String> backends = request.options().matrix().columns();
        if (request.baselineGiven() && baseline != null && !backends.contains(baseline)) {
            throw new IllegalArgumentException("--baseline " + baseline + ": not among --backends ("
                    + String.join(", ", backends) + "): add it there, or choose another baseline or none");
        }
    }

    /**
     * Once the backends were probed: the baseline, or null for none.
     *
     * @param running the backends (or JVM-variant columns) that will run
     * @throws RunRefused when the user named a baseline that will not run
     */
    static String among(RunRequest request, List<String> running, Consumer<String> notices) throws RunRefused {
        String baseline = request.options().output().baseline();
        if (baseline == null || running.contains(baseline)) {
            return baseline;
        }
        if (request.baselineGiven()) {
            throw RunRefused.badUsage("--baseline " + baseline + ": not among the backends that will run ("
                    + String.join(", ", running) + "), so no ratio could be taken: choose another baseline or none");
        }
        if (running.size() > 1) { // one backend has nothing to be held against anyway
            notices.accept("no ratios: the default baseline " + baseline + " will not run (--baseline NAME takes "
                    + "them against one that does)");
        }
        return null;
    }
}
