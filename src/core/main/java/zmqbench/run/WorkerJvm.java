package zmqbench.run;

import java.nio.file.Path;
import java.util.List;

/**
 * A JVM that Java workers run on, as {@link JvmProbe} found it: the executable, its exact version,
 * and the extra arguments of one variant (e.g. {@code -XX:+UseZGC}).
 *
 * @param major the feature release, e.g. 25: what a column name shows
 */
public record WorkerJvm(Path java, String version, String vendor, int major, List<String> args) {

    public WorkerJvm {
        args = List.copyOf(args);
    }

    /** Short name of the arguments for a column: the collector, else the arguments themselves. */
    public String label() {
        return JvmLabel.of(args);
    }

    /** What a result set records of the variant: executable, exact version and vendor, flags. */
    public String describe() {
        return java + ": " + version + " (" + vendor + "), flags: " + (args.isEmpty() ? "none" : String.join(" ", args));
    }
}
