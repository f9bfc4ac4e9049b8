package zmqbench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zmqbench.options.Launch;

/**
 * The columns of a comparison across JVM variants ({@code --jvm}, {@code --jvm-args}): every Java
 * backend on every JVM with every argument set, each a {@link WorkerColumn}; {@code c} stays one
 * column. A variant that cannot start, or a JVM too old for the backend, becomes an unavailable
 * status that says why.
 *
 * @param columns the column names, in table order, each known to the catalog
 * @param variants the columns that run on a variant (all but {@code c})
 * @param failed the variants that cannot run
 */
public record JvmColumns(List<String> columns, List<WorkerColumn> variants, List<BackendStatus> failed) {

    /** True when the options ask for variants; without any, the columns are the backends themselves. */
    public static boolean asked(Launch launch) {
        return !launch.jvms().isEmpty() || !launch.jvmArgs().isEmpty();
    }

    /**
     * Probes each JVM and argument set once, adds every column that can run to {@code catalog}.
     *
     * @param launch the JDK directories or java executables (none: each backend's own JVM), the argument
     *     sets, each one variant (split at spaces; none: one variant without extra arguments), and the JVM
     *     options every worker gets first
     */
    public static JvmColumns expand(BackendCatalog catalog, List<String> backends, Launch launch) throws IOException {
        List<String> jvms = launch.jvms();
        List<List<String>> argSets = new ArrayList<>();
        for (String set : launch.jvmArgs()) {
            argSets.add(set.isBlank() ? List.of() : List.of(set.strip().split("\\s+")));
        }
        if (argSets.isEmpty()) {
            argSets.add(List.of());
        }
        Probes probes = new Probes(launch.jvmOptions());
        JvmColumns result = new JvmColumns(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String backend : backends) {
            if (backend.equals("c")) {
                result.columns.add(backend);
                continue;
            }
            List<Path> javas = jvms.isEmpty() ? List.of(catalog.defaultJava(backend))
                    : jvms.stream().map(Path::of).toList();
            for (Path java : javas) {
                for (List<String> args : argSets) {
                    result.add(catalog, backend, java, args, probes);
                }
            }
        }
        return result;
    }

    private void add(BackendCatalog catalog, String backend, Path java, List<String> args, Probes probes) {
        WorkerJvm jvm = probes.jvm(java, args);
        if (jvm == null) {
            failed.add(unavailable(WorkerColumn.name(backend, java.toString(), JvmLabel.of(args)),
                    "JVM variant cannot start: " + probes.refusal(java, args)));
            return;
        }
        WorkerColumn column = WorkerColumn.of(backend, jvm);
        int minimum = BackendCatalog.minimumJava(backend);
        if (jvm.major() < minimum) {
            failed.add(unavailable(column.name(),
                    backend + " needs a JDK " + minimum + " or later, " + jvm.java() + " is " + jvm.version()));
            return;
        }
        catalog.add(column);
        columns.add(column.name());
        variants.add(column);
    }

    private static BackendStatus unavailable(String column, String reason) {
        return new BackendStatus(column, false, null, null, reason);
    }

    /** What a result set records of each variant: {@code jvm_<column>} = executable, version, flags. */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (WorkerColumn variant : variants) {
            environment.put("jvm_" + variant.name(), variant.jvm().describe());
        }
        return environment;
    }

    /** Each JVM and argument set started once, however many backends run on it. */
    private static final class Probes {
        private final List<String> baseOptions;
        private final Map<String, WorkerJvm> started = new HashMap<>();
        private final Map<String, String> refused = new HashMap<>();

        Probes(List<String> baseOptions) {
            this.baseOptions = baseOptions;
        }

        /** The JVM, or null when it cannot start ({@link #refusal} says why). */
        WorkerJvm jvm(Path java, List<String> args) {
            String key = java + " " + args;
            if (!started.containsKey(key) && !refused.containsKey(key)) {
                try {
                    started.put(key, JvmProbe.probe(java, baseOptions, args));
                } catch (JvmProbe.Failure e) {
                    refused.put(key, e.getMessage());
                }
            }
            return started.get(key);
        }

        String refusal(Path java, List<String> args) {
            return refused.get(java + " " + args);
        }
    }
}
