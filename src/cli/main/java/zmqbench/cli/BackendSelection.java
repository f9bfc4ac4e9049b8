package zmqbench.cli;

import java.io.PrintWriter;
import java.util.List;
import zmqbench.run.AvailableBackends;
import zmqbench.run.BackendCatalog;
import zmqbench.run.BackendProbe;
import zmqbench.run.BackendStatus;

/**
 * Which of the backends a command was asked for it can use: an unknown name is a usage error,
 * an unavailable backend is named on stderr with the reason and skipped.
 */
final class BackendSelection {

    static final String NONE_AVAILABLE = "zmqbench: " + AvailableBackends.NONE;

    private BackendSelection() {
    }

    /** {@code names} when every one is known, else a one-line error naming the first unknown one. */
    static List<String> known(List<String> names) {
        for (String name : names) {
            String unknown = BackendCatalog.unknown(name);
            if (unknown != null) {
                throw new IllegalArgumentException("--backends: " + unknown);
            }
        }
        return names;
    }

    /** The backends named (each once), or every known one when none are; an unknown name is an error. */
    static List<String> requested(List<String> named) {
        return known(named == null ? BackendCatalog.KNOWN : named).stream().distinct().toList();
    }

    /**
     * The backends of {@code requested} whose workers start here, in order: each other one gets a
     * line on {@code err}, and none at all the line {@link #NONE_AVAILABLE}.
     */
    static List<String> probe(BackendCatalog catalog, List<String> requested, PrintWriter err)
            throws InterruptedException {
        List<String> available = available(new BackendProbe(catalog).probe(requested), err);
        if (available.isEmpty()) {
            err.println(NONE_AVAILABLE);
            err.flush();
        }
        return available;
    }

    /** The available backends of {@code statuses}; each other one gets a line on {@code err}. */
    static List<String> available(List<BackendStatus> statuses, PrintWriter err) {
        List<String> available = AvailableBackends.of(statuses, line -> err.println("zmqbench: " + line));
        err.flush();
        return available;
    }
}
