package zmqbench.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Records where a result set was measured: machine, OS, JVM, tool version and commit, backends. */
public final class EnvironmentProbe {

    /** How a backend that cannot run is recorded: this, then the reason. */
    public static final String UNAVAILABLE = "unavailable: ";

    private EnvironmentProbe() {
    }

    /**
     * @param backends every backend and JVM-variant column asked for, available or not
     * @param variants what each JVM-variant column runs on ({@link JvmColumns#environment()}), or empty
     */
    public static Map<String, String> capture(Home home, String toolVersion, List<String> workerJvmOptions,
                                              List<BackendStatus> backends, Map<String, String> variants) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("cpu_model", cpuInfo("model name"));
        env.put("cpu_count", Integer.toString(Runtime.getRuntime().availableProcessors()));
        env.put("virtualization", virtualization());
        env.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        env.put("os", osRelease());
        env.put("arch", System.getProperty("os.arch"));
        env.put("memory_total", meminfo());
        env.put("jvm", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        env.put("jvm_flags_parent", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        env.put("jvm_flags_worker", String.join(" ", workerJvmOptions));
        env.put("tool_version", toolVersion);
        env.put("git_commit", gitCommit(home));
        for (BackendStatus backend : backends) {
            env.put("backend_" + backend.name(), backend.available()
                    ? backend.version() + " (libzmq " + backend.libzmqVersion() + ")"
                    : UNAVAILABLE + backend.reason());
        }
        env.putAll(variants);
        return env;
    }

    private static String cpuInfo(String key) {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "unknown";
    }

    /** Guests usually show the CPU's hypervisor flag; the hypervisor's name needs root tools. */
    private static String virtualization() {
        String flags = cpuInfo("flags");
        String product = String.join("", lines(Path.of("/sys/class/dmi/id/sys_vendor"))).strip();
        if (flags.contains(" hypervisor")) {
            return "virtual machine" + (product.isEmpty() ? "" : " (" + product + ")");
        }
        return flags.equals("unknown") ? "unknown" : "none detected";
    }

    private static String osRelease() {
        for (String line : lines(Path.of("/etc/os-release"))) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return System.getProperty("os.name");
    }

    private static String meminfo() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return line.substring("MemTotal:".length()).strip();
            }
        }
        return "unknown";
    }

    private static String gitCommit(Home home) {
        try {
            Process git = new ProcessBuilder("git", "-C", home.root().toString(), "rev-parse", "--short=12", "HEAD")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0) {
                return out;
            }
        } catch (IOException e) {
            return "unknown (no git)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
