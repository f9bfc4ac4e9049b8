package zmqbench.run;

import java.nio.file.Path;
import java.util.List;

/**
 * One column of a comparison that runs a Java backend another way than its default: on a given
 * JVM variant, named {@code backend@MAJOR label}, e.g. {@code jeromq@25 zgc} ({@code ffm@25} without
 * extra arguments), or on another version of its library, named {@code jeromq@0.5.4}.
 *
 * @param jvm the JVM variant, or null for the backend's own JVM
 * @param classpath the worker's classpath, or empty for the backend module's ({@code build/lib/<module>/*})
 */
public record WorkerColumn(String name, String backend, WorkerJvm jvm, List<Path> classpath) {

    public WorkerColumn {
        classpath = List.copyOf(classpath);
    }

    public static WorkerColumn of(String backend, WorkerJvm jvm) {
        return new WorkerColumn(name(backend, Integer.toString(jvm.major()), jvm.label()), backend, jvm, List.of());
    }

    /** The name of a column whose JVM is known by {@code jvm} (its major version, or its path when it failed). */
    static String name(String backend, String jvm, String label) {
        return backend + "@" + jvm + (label.isEmpty() ? "" : " " + label);
    }
}
