package zmqbench.worker;

import java.io.PrintStream;
import zmqbench.backend.Backend;
import zmqbench.backend.Backends;
import zmqbench.worker.SemanticsProbe;
import zmqbench.protocol.ProbeSpec;

/**
 * The worker's {@code --scenario semantics} mode: one high-water-mark probe with both peers in
 * this process (see {@link SemanticsProbe}), one {@code semantics} record on stdout. Exit status
 * as for the other scenarios: 0 done, 1 failed, 2 bad arguments.
 */
final class SemanticsWorker {

    private SemanticsWorker() {
    }

    static int run(String[] args, PrintStream out) {
        ProbeSpec spec;
        Backend backend;
        try {
            spec = ProbeSpec.parse(args);
            backend = Backends.byName(spec.backend());
        } catch (IllegalArgumentException e) {
            return WorkerOutput.error(out, WorkerMain.EXIT_USAGE, e.getMessage());
        }
        try {
            WorkerOutput.print(out, SemanticsProbe.run(backend, spec));
            return WorkerMain.EXIT_OK;
        } catch (RuntimeException | LinkageError e) {
            return WorkerOutput.failed(out, backend.name(), backend.name() + " " + spec.label(), e);
        }
    }
}
