package zmqbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zmqbench.options.Defaults;

/**
 * The backends zmqbench knows and how to start a worker for each. The parent never loads a
 * backend: it only builds command lines, so JeroMQ and JZMQ never meet on one classpath.
 */
public final class BackendCatalog {

    /** Every backend: the default comparison runs them all. */
    public static final List<String> KNOWN = Defaults.BACKENDS;

    /** Why a backend may be missing, and the fix. */
    private static final String FIX_JAVA = "run 'make' to build it";
    private static final String FIX_NATIVE = "run 'make native' (needs libzmq3-dev: 'make deps')";

    private final Home home;
    /** Where the worker files are read here: {@code home}, unless that is another host's. */
    private final Home files;
    private final List<String> jvmOptions;

    /**
     * @param jvmOptions every Java worker's JVM options; the collector and the processor count are
     *     added to them unless they choose their own ({@link #explicit})
     */
    public BackendCatalog(Home home, List<String> jvmOptions) {
        this(home, home, jvmOptions);
    }

    private BackendCatalog(Home home, Home files, List<String> jvmOptions) {
        this.home = home;
        this.files = files;
        this.jvmOptions = explicit(jvmOptions, Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@code options} with the JVM's ergonomic choices made explicit, so that pinning a worker changes
     * nothing but where it runs: a JVM that sees one CPU (taskset) would pick the Serial collector
     * and size its GC and compiler threads for one. G1 (the JVM's choice with 2 CPUs and more) and
     * the machine's {@code cpus} are set unless {@code options} already choose a collector or a count.
     */
    static List<String> explicit(List<String> options, int cpus) {
        List<String> flags = new ArrayList<>();
        if (options.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            flags.add("-XX:+UseG1GC");
        }
        if (options.stream().noneMatch(o -> o.startsWith("-XX:ActiveProcessorCount="))) {
            flags.add("-XX:ActiveProcessorCount=" + cpus);
        }
        flags.addAll(options);
        return List.copyOf(flags);
    }

    /** The options every Java worker starts with, as the result set's environment records them. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Commands for the same version installed at {@code far} on another host (--far-home). */
    BackendCatalog installedAt(Home far) {
        return new BackendCatalog(far, files, jvmOptions);
    }

    public Home home() {
        return home;
    }

    /** Null when {@code name} is known, else a one-line error listing the known backends. */
    public static String unknown(String name) {
        return KNOWN.contains(name) ? null
                : "unknown backend '" + name + "' (known: " + String.join(", ", KNOWN) + ")";
    }

    /** Null when the backend's worker files are present, else why not and the fix. */
    public String missing(String backend) {
        if (backend.equals("c")) {
            return Files.isExecutable(home.cWorker()) ? null
                    : "C worker not built (" + home.cWorker() + "): " + FIX_NATIVE;
        }
        if (!home.hasJavaBackend(backend)) {
            return "worker classpath " + home.libDir(backend) + " missing: " + FIX_JAVA;
        }
        return null;
    }

    /** The command that starts one worker of {@code backend}; worker arguments follow it. */
    public List<String> workerCommand(String backend) throws IOException {
        if (backend.equals("c")) {
            return List.of(home.cWorker().toString());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dzmqbench.native.dir=" + home.nativeDir());
        Path extra = files.jvmArgsFile(backend);
        if (Files.isRegularFile(extra)) {
            for (String line : Files.readAllLines(extra)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    command.add(line.strip());
                }
            }
        }
        command.add("-cp");
        command.add(home.libDir(backend) + "/*");
        command.add("zmqbench.worker.WorkerMain");
        return command;
    }
}
