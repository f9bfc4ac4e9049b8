package zmqbench.worker;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import zmqbench.backend.Backend;
import zmqbench.backend.NativeCall;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.CrossingSpec;
import zmqbench.scenario.SteadyRule;

/**
 * The worker's {@code --crossings} mode: the backend's trivial libzmq call timed in batches (see
 * {@link CrossingLoop}), one {@code crossing} record on stdout. A backend that makes no native
 * calls prints a record with no call and no batches. Exit status as for the other modes: 0 done,
 * 1 failed, 2 bad arguments (a {@code --call} the backend does not make is one).
 */
final class CrossingWorker {

    private CrossingWorker() {
    }

    static int run(String[] args, PrintStream out, Function<String, Backend> backends) {
        CrossingSpec spec;
        Backend backend;
        try {
            spec = CrossingSpec.parse(args);
            backend = backends.apply(spec.backend());
        } catch (IllegalArgumentException e) {
            return WorkerOutput.error(out, WorkerMain.EXIT_USAGE, e.getMessage());
        }
        try (NativeCall call = backend.trivialCall()) {
            if (call != null && spec.call() != null && !spec.call().equals(call.function())) {
                return WorkerOutput.error(out, WorkerMain.EXIT_USAGE, "--call " + spec.call() + ": the "
                        + backend.name() + " backend's trivial call is " + call.function());
            }
            WorkerOutput.print(out, call == null ? noCrossing(backend) : measure(backend, call, spec));
            return WorkerMain.EXIT_OK;
        } catch (RuntimeException | LinkageError e) {
            return WorkerOutput.failed(out, backend.name(), backend.name() + " crossings", e);
        }
    }

    private static CrossingRecord measure(Backend backend, NativeCall call, CrossingSpec spec) {
        CrossingLoop.Outcome outcome = CrossingLoop.run(call, spec.calls(), spec.batches(), spec.warmupCapMs());
        return new CrossingRecord(CrossingRecord.EVENT, backend.name(), backend.version(), backend.libzmqVersion(),
                call.function(), spec.calls(), outcome.warmupBatches(), outcome.warmupNs(),
                outcome.steady() ? SteadyRule.STEADY : SteadyRule.NOT_STEADY, outcome.batches(),
                outcome.nsPerCall(), outcome.sink());
    }

    private static CrossingRecord noCrossing(Backend backend) {
        return new CrossingRecord(CrossingRecord.EVENT, backend.name(), backend.version(), backend.libzmqVersion(),
                null, 0, 0, 0, null, List.of(), Double.NaN, 0);
    }
}
