package zmqbench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Resolves a version of a library through Maven into the local repository, with its runtime
 * dependencies: offline first, so that a version fetched once resolves without the network, then
 * from the remote repositories. A generated pom depends on the library alone, and the dependency
 * plugin lists what that resolves to.
 */
final class MavenResolver {

    /** The version the build pins (pom.xml), so that the plugin is in the local repository already. */
    private static final String LIST_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list";
    private static final long TIMEOUT_MINUTES = 5;

    /** A version Maven cannot resolve: one line saying why. */
    static final class Unresolvable extends Exception {
        Unresolvable(String message) {
            super(message);
        }
    }

    private final boolean mayFetch;

    /** @param mayFetch false: the local repository only (tests, which must not need the network) */
    MavenResolver(boolean mayFetch) {
        this.mayFetch = mayFetch;
    }

    /**
     * The jars of {@code groupArtifact} at {@code version} and of its runtime dependencies, the library's first.
     *
     * @param groupArtifact {@code groupId:artifactId}
     */
    List<LibraryJar> resolve(String groupArtifact, String version) throws Unresolvable, IOException,
            InterruptedException {
        Path dir = Files.createTempDirectory("zmqbench-resolve");
        try {
            String[] ga = groupArtifact.split(":");
            Files.writeString(dir.resolve("pom.xml"), pom(ga[0], ga[1], version));
            String failure = run(dir, true);
            if (failure != null && mayFetch) {
                failure = run(dir, false);
            }
            if (failure != null) {
                throw new Unresolvable("Maven cannot resolve " + groupArtifact + ":" + version + " ("
                        + (mayFetch ? "" : "offline, ") + failure + ")");
            }
            return parse(Files.readAllLines(dir.resolve("list.txt")));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Null when Maven listed the dependencies, else why not. */
    private static String run(Path dir, boolean offline) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-Dstyle.color=never"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of("-f", dir.resolve("pom.xml").toString(), LIST_GOAL,
                "-DoutputAbsoluteArtifactFilename=true", "-DincludeScope=runtime",
                "-DoutputFile=" + dir.resolve("list.txt")));
        Path log = dir.resolve("mvn.log");
        Process mvn;
        try {
            mvn = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            return "mvn cannot start: install Maven ('make deps')";
        }
        if (!mvn.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            mvn.destroyForcibly();
            return "mvn took over " + TIMEOUT_MINUTES + " minutes";
        }
        return mvn.exitValue() == 0 ? null : reason(Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Maven's reason in a few words, from its log. */
    static String reason(String log) {
        if (log.contains("has not been downloaded from it before")) {
            return "not in the local repository";
        }
        if (log.contains("Could not find artifact") || log.contains("was not found in")) {
            return "no such version in the repositories Maven reaches";
        }
        if (log.contains("Could not transfer") || log.contains("Unknown host")) {
            return "the remote repository cannot be reached";
        }
        return log.lines().filter(l -> l.contains("[ERROR]")).findFirst()
                .map(l -> l.replace("[ERROR]", "").strip()).orElse("mvn failed");
    }

    /**
     * The jars of {@code dependency:list}'s lines, such as {@code org.zeromq:jeromq:jar:0.5.4:compile:/path/jeromq-0.5.4.jar
     * -- module jeromq (auto)}: coordinates without the scope, and the path.
     */
    static List<LibraryJar> parse(List<String> lines) {
        List<LibraryJar> jars = new ArrayList<>();
        for (String line : lines) {
            String entry = line.strip();
            int module = entry.indexOf(" -- ");
            entry = module < 0 ? entry : entry.substring(0, module);
            int path = entry.indexOf(":/");
            if (path < 0) {
                continue; // the heading, blank lines
            }
            String coordinates = entry.substring(0, path);
            jars.add(new LibraryJar(coordinates.substring(0, coordinates.lastIndexOf(':')),
                    Path.of(entry.substring(path + 1))));
        }
        return jars;
    }

    private static String pom(String groupId, String artifactId, String version) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>zmqbench.resolve</groupId>
                  <artifactId>resolve</artifactId>
                  <version>0</version>
                  <packaging>pom</packaging>
                  <dependencies>
                    <dependency>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(groupId, artifactId, version);
    }
}
