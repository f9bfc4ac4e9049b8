package zmqbench.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zmqbench.options.Defaults;

/**
 * The backends zmqbench knows and how to start a worker for each. The parent never loads a
 * backend: it only builds command lines, so JeroMQ and JZMQ never meet on one classpath.
 *
 * <p>A worker is started for a column: a backend name, or a backend on another JVM or another
 * version of its library ({@link WorkerColumn}, e.g. {@code jeromq@25 zgc}, {@code jeromq@0.5.4})
 * once {@link #add added}.
 */
public final class BackendCatalog {

    /** Every backend zmqbench knows. */
    public static final List<String> KNOWN = Defaults.KNOWN_BACKENDS;

    /** Backends that share another's module (build/lib/&lt;module&gt;/): two modes of one binding. */
    private static final Map<String, String> MODULES = Map.of("ffm-critical", "ffm");

    /** The oldest JDK a worker runs on: the worker's release, and java.lang.foreign's for ffm. */
    private static final int WORKER_JAVA = 17;
    private static final int FFM_JAVA = 22;

    /** Why a backend may be missing, and the fix. */
    private static final String FIX_JAVA = "run 'make' to build it";
    private static final String FIX_NATIVE = "run 'make native' (needs libzmq3-dev: 'make deps')";
    private static final String FIX_FFM = "needs a JDK 22 or later to build: install one under /usr/lib/jvm "
            + "(e.g. Temurin 25), or name it with 'make FFM_JDK=DIR', then run 'make'";

    /** The processor count every JVM worker is told (placement pins it, but must not shrink it). */
    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    private final Home home;
    /** Where the worker files are read here: {@code home}, unless that is another host's. */
    private final Home files;
    private final List<String> jvmOptions;
    private final Map<String, WorkerColumn> columns = new HashMap<>();

    /**
     * @param jvmOptions every Java worker's JVM options; the collector and the processor count are
     *     added to them unless they (or a JVM variant's arguments) choose their own ({@link #explicit})
     */
    public BackendCatalog(Home home, List<String> jvmOptions) {
        this(home, home, jvmOptions);
    }

    private BackendCatalog(Home home, Home files, List<String> jvmOptions) {
        this.home = home;
        this.files = files;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * {@code options} with the JVM's ergonomic choices made explicit, so that pinning a worker changes
     * nothing but where it runs: a JVM that sees one CPU (taskset) would pick the Serial collector
     * and size its GC and compiler threads for one. G1 (the JVM's choice with 2 CPUs and more) and
     * the machine's {@code cpus} are set unless {@code options} already choose a collector or a count.
     */
    static List<String> explicit(List<String> options, int cpus) {
        List<String> flags = new ArrayList<>(ergonomicFlags(options, cpus));
        flags.addAll(options);
        return List.copyOf(flags);
    }

    /** The flags {@link #explicit} puts before {@code options}: those that {@code options} do not choose. */
    private static List<String> ergonomicFlags(List<String> options, int cpus) {
        List<String> flags = new ArrayList<>();
        if (options.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            flags.add("-XX:+UseG1GC");
        }
        if (options.stream().noneMatch(o -> o.startsWith("-XX:ActiveProcessorCount="))) {
            flags.add("-XX:ActiveProcessorCount=" + cpus);
        }
        return flags;
    }

    /** The options every Java worker starts with (a JVM variant's own arguments follow), as the result set records them. */
    public List<String> jvmOptions() {
        return explicit(jvmOptions, CPUS);
    }

    /** Commands for the same version installed at {@code far} on another host (--far-home), with the same columns. */
    BackendCatalog installedAt(Home far) {
        BackendCatalog there = new BackendCatalog(far, files, jvmOptions);
        there.columns.putAll(columns);
        return there;
    }

    public Home home() {
        return home;
    }

    /** Null when {@code name} is known, else a one-line error listing the known backends. */
    public static String unknown(String name) {
        return KNOWN.contains(name) ? null
                : "unknown backend '" + name + "' (known: " + String.join(", ", KNOWN) + ")";
    }

    /** Makes {@code column} startable by its name. */
    public void add(WorkerColumn column) {
        columns.put(column.name(), column);
    }

    /** The backend a column runs: the column's own name unless it is a backend run another way. */
    public String backendOf(String column) {
        WorkerColumn variant = columns.get(column);
        return variant == null ? column : variant.backend();
    }

    /** Null when the backend's worker files are present, else why not and the fix. */
    public String missing(String column) {
        String backend = backendOf(column);
        if (backend.equals("c")) {
            return Files.isExecutable(home.cWorker()) ? null
                    : "C worker not built (" + home.cWorker() + "): " + FIX_NATIVE;
        }
        String module = module(backend);
        if (!home.hasJavaBackend(module)) {
            return "worker classpath " + home.libDir(module) + " missing: "
                    + (module.equals("ffm") ? FIX_FFM : FIX_JAVA);
        }
        return null;
    }

    /** Where {@code backend}'s worker classpath is: {@code build/lib/<module>/}. */
    Path moduleDir(String backend) {
        return home.libDir(module(backend));
    }

    /** The oldest JDK (feature release) a worker of {@code backend} can run on. */
    public static int minimumJava(String backend) {
        return module(backend).equals("ffm") ? FFM_JAVA : WORKER_JAVA;
    }

    /** The java executable a backend's workers run on by default: its module's JDK, else the launcher's. */
    public Path defaultJava(String backend) throws IOException {
        Path javaHome = files.javaHomeFile(module(backend));
        for (String line : Files.isRegularFile(javaHome) ? Files.readAllLines(javaHome) : List.<String>of()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return Path.of(line.strip(), "bin", "java");
            }
        }
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The command that starts one worker of {@code column}; worker arguments follow it. */
    public List<String> workerCommand(String column) throws IOException {
        String backend = backendOf(column);
        if (backend.equals("c")) {
            return List.of(home.cWorker().toString());
        }
        String module = module(backend);
        WorkerColumn variant = columns.get(column);
        List<String> command = new ArrayList<>();
        WorkerJvm jvm = variant == null ? null : variant.jvm();
        command.add((jvm == null ? defaultJava(backend) : jvm.java()).toString());
        List<String> variantArgs = jvm == null ? List.of() : jvm.args();
        // The explicit collector and processor count yield to a variant's own (e.g. -XX:+UseZGC).
        command.addAll(ergonomicFlags(concat(jvmOptions, variantArgs), CPUS));
        command.addAll(jvmOptions);
        command.add("-Dzmqbench.native.dir=" + home.nativeDir());
        Path extra = files.jvmArgsFile(module);
        if (Files.isRegularFile(extra)) {
            for (String line : Files.readAllLines(extra)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    command.add(line.strip());
                }
            }
        }
        command.addAll(variantArgs); // last, so that a variant's -Xmx wins
        command.add("-cp");
        command.add(variant == null || variant.classpath().isEmpty() ? home.libDir(module) + "/*"
                : String.join(File.pathSeparator, variant.classpath().stream().map(Path::toString).toList()));
        command.add("zmqbench.worker.WorkerMain");
        return command;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static String module(String backend) {
        return MODULES.getOrDefault(backend, backend);
    }
}
