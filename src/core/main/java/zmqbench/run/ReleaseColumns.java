package zmqbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import zmqbench.options.LibraryRelease;

/**
 * The columns of a comparison across library releases ({@code --versions}, {@code --jar}): each
 * release in place of its backend ({@code jeromq@0.5.4}, {@code jeromq@local}), its worker's
 * classpath the backend module's ({@code build/lib/<backend>/}) with the library's jars swapped for
 * the release's. Maven resolves each version into the local repository.
 *
 * @param columns the column names, in table order, each known to the catalog
 * @param environment what the result set records of each release: {@code library_<column>} = each jar's
 *     coordinates (or path and own version) and SHA-256
 */
record ReleaseColumns(List<String> columns, Map<String, String> environment) {

    /**
     * Resolves every release and adds its column to {@code catalog}.
     *
     * @param available the backends that will run, in order
     * @throws RunRefused when a version cannot be resolved, or a backend with releases will not run
     */
    static ReleaseColumns expand(BackendCatalog catalog, List<String> available, List<LibraryRelease> releases,
                                 MavenResolver maven) throws RunRefused, IOException, InterruptedException {
        ReleaseColumns result = new ReleaseColumns(new ArrayList<>(), new LinkedHashMap<>());
        for (LibraryRelease release : releases) {
            if (!available.contains(release.backend())) {
                throw RunRefused.badUsage(release.option() + ": " + release.backend() + " will not run here (said above)");
            }
        }
        for (String backend : available) {
            List<LibraryRelease> own = releases.stream().filter(r -> r.backend().equals(backend)).toList();
            if (own.isEmpty()) {
                result.columns.add(backend);
            }
            for (LibraryRelease release : own) {
                List<LibraryJar> jars = jars(release, maven);
                catalog.add(new WorkerColumn(release.column(), backend, null,
                        classpath(catalog.moduleDir(backend), release, jars)));
                result.columns.add(release.column());
                result.environment.put("library_" + release.column(),
                        jars.stream().map(LibraryJar::describe).collect(Collectors.joining("; ")));
            }
        }
        return result;
    }

    private static List<LibraryJar> jars(LibraryRelease release, MavenResolver maven)
            throws RunRefused, IOException, InterruptedException {
        if (release.jar() != null) {
            return List.of(new LibraryJar(null, Path.of(release.jar()).toAbsolutePath()));
        }
        try {
            return maven.resolve(LibraryRelease.LIBRARIES.get(release.backend()), release.version());
        } catch (MavenResolver.Unresolvable e) {
            throw RunRefused.badUsage(release.option() + ": " + e.getMessage());
        }
    }

    /**
     * The module's jars less each one of an artifact the release brings (any version of it), then the
     * release's: for a local build, the library's own artifact is the one it replaces.
     */
    static List<Path> classpath(Path moduleDir, LibraryRelease release, List<LibraryJar> jars) throws IOException {
        List<String> replaced = new ArrayList<>();
        replaced.add(LibraryRelease.LIBRARIES.get(release.backend()).split(":")[1]);
        for (LibraryJar jar : jars) {
            if (jar.coordinates() != null) {
                replaced.add(jar.coordinates().split(":")[1]);
            }
        }
        List<Path> classpath = new ArrayList<>();
        try (Stream<Path> files = Files.list(moduleDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (replaced.stream().noneMatch(artifact -> ofArtifact(name, artifact))) {
                    classpath.add(file);
                }
            }
        }
        jars.forEach(jar -> classpath.add(jar.path()));
        return classpath;
    }

    /** Whether {@code jarName} is Maven's file name of some version of {@code artifactId}: {@code artifactId-1.2.jar}. */
    private static boolean ofArtifact(String jarName, String artifactId) {
        return jarName.startsWith(artifactId + "-") && jarName.length() > artifactId.length() + 1
                && Character.isDigit(jarName.charAt(artifactId.length() + 1));
    }
}
