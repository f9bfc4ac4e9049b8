package zmqbench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code java ARGS -XshowSettings:properties -version} once per JVM variant, to learn its
 * exact version and to find a variant that cannot start (an unknown collector, a bad flag, a
 * missing JDK) before anything is measured.
 */
public final class JvmProbe {

    private static final long TIMEOUT_MS = 30_000;

    private JvmProbe() {
    }

    /** A variant that cannot start, with the JVM's own first line of why. */
    public static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** The java executable {@code java} names: itself, or a JDK directory's {@code bin/java}. */
    static Path executable(Path java) {
        return Files.isDirectory(java) ? java.resolve("bin").resolve("java") : java;
    }

    /**
     * @param java a java executable, or a JDK's directory (its {@code bin/java} is used)
     * @param args the variant's arguments, after {@code baseOptions} (as workers get them)
     */
    public static WorkerJvm probe(Path java, List<String> baseOptions, List<String> args) throws Failure {
        Path executable = executable(java);
        if (!Files.isExecutable(executable)) {
            throw new Failure("no java executable at " + executable);
        }
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(baseOptions);
        command.addAll(args);
        command.add("-XshowSettings:properties");
        command.add("-version");
        String output;
        int status;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] bytes = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new Failure(executable + " did not answer -version within " + TIMEOUT_MS + " ms");
            }
            output = new String(bytes, StandardCharsets.UTF_8);
            status = process.exitValue();
        } catch (IOException e) {
            throw new Failure("cannot start " + executable + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        Map<String, String> properties = properties(output);
        if (status != 0 || !properties.containsKey("java.specification.version")) {
            throw new Failure(firstError(output, status));
        }
        return new WorkerJvm(executable, properties.get("java.runtime.version"), properties.get("java.vendor"),
                major(properties.get("java.specification.version")), args);
    }

    /** {@code -XshowSettings:properties} prints {@code     key = value}; multi-line values are skipped. */
    private static Map<String, String> properties(String output) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf(" = ");
            if (line.startsWith("    ") && equals > 0) {
                properties.put(line.substring(0, equals).strip(), line.substring(equals + 3).strip());
            }
        }
        return properties;
    }

    /** "1.8" is 8, "25" is 25. */
    private static int major(String specification) {
        String[] parts = specification.split("\\.");
        return Integer.parseInt(parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
    }

    private static String firstError(String output, int status) {
        for (String line : output.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("Error: Could not create the Java Virtual Machine")
                    && !trimmed.startsWith("Error: A fatal exception has occurred")) {
                return trimmed;
            }
        }
        return "exit status " + status;
    }
}
