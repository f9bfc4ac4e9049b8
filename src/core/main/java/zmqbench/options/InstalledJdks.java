package zmqbench.options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The JDKs installed side by side (Debian's and Temurin's under /usr/lib/jvm), one per major version. */
public final class InstalledJdks {

    public static final Path DEBIAN_JVM_DIR = Path.of("/usr/lib/jvm");

    private InstalledJdks() {
    }

    /**
     * Every directory under {@code root} with a {@code release} file and a {@code bin/java}, the
     * first in name order for each major version (Debian links several names to one JDK), oldest first.
     */
    public static List<String> under(Path root) {
        Map<Integer, String> byMajor = new TreeMap<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path jdk : entries.sorted().toList()) {
                int major = major(jdk.resolve("release"));
                if (major > 0 && Files.isExecutable(jdk.resolve("bin").resolve("java"))) {
                    byMajor.putIfAbsent(major, jdk.toRealPath().toString());
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(byMajor.values());
    }

    /** {@code JAVA_VERSION="25.0.1"} gives 25 ("1.8.0_402" gives 8); 0 when unreadable. */
    private static int major(Path release) {
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String[] parts = line.substring("JAVA_VERSION=".length()).replace("\"", "").split("[._]");
                    return Integer.parseInt(parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
