package zmqbench.run;

/**
 * One column of a comparison that runs a Java backend on a given JVM variant, named
 * {@code backend@MAJOR label}, e.g. {@code jeromq@25 zgc} ({@code ffm@25} without extra arguments).
 */
public record WorkerColumn(String name, String backend, WorkerJvm jvm) {

    public static WorkerColumn of(String backend, WorkerJvm jvm) {
        return new WorkerColumn(name(backend, Integer.toString(jvm.major()), jvm.label()), backend, jvm);
    }

    /** The name of a column whose JVM is known by {@code jvm} (its major version, or its path when it failed). */
    static String name(String backend, String jvm, String label) {
        return backend + "@" + jvm + (label.isEmpty() ? "" : " " + label);
    }
}
