package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.options.CompareOptions;
import zmqbench.options.LibraryRelease;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * Release columns with fake workers and a jar made here: the swapped classpath, what the set
 * records, and each refusal before anything runs (no network: Maven only looks in the local repository).
 */
class ReleaseColumnsTest {

    @TempDir
    Path temp;

    private Path moduleDir;
    /** Release columns the fake workers' describe step refuses, with the reason. */
    private final Map<String, String> refusedByDescribe = new HashMap<>();
    /** Each probed column's worker command. */
    private final Map<String, List<String>> commands = new HashMap<>();

    @BeforeEach
    void module() throws IOException {
        moduleDir = Files.createDirectories(temp.resolve("build/lib/jeromq"));
        for (String jar : List.of("gson-2.13.2.jar", "jeromq-0.6.0.jar", "jnacl-1.0.0.jar", "zmqbench-jeromq-0.1.0.jar",
                "zmqbench-worker-0.1.0.jar")) {
            Files.createFile(moduleDir.resolve(jar));
        }
    }

    @Test
    void aLocalBuildReplacesOnlyTheLibrarysOwnJar() throws IOException {
        Path jar = temp.resolve("local.jar");
        LibraryRelease release = LibraryRelease.jar("jeromq=" + jar);
        List<Path> classpath = ReleaseColumns.classpath(moduleDir, release, List.of(new LibraryJar(null, jar)));
        assertEquals(List.of("gson-2.13.2.jar", "jnacl-1.0.0.jar", "zmqbench-jeromq-0.1.0.jar",
                "zmqbench-worker-0.1.0.jar", "local.jar"), names(classpath));
    }

    @Test
    void aResolvedVersionReplacesEveryArtifactItBrings() throws IOException {
        LibraryRelease release = LibraryRelease.versions("jeromq=0.5.4").get(0);
        List<Path> classpath = ReleaseColumns.classpath(moduleDir, release, List.of(
                new LibraryJar("org.zeromq:jeromq:jar:0.5.4", Path.of("/m2/jeromq-0.5.4.jar")),
                new LibraryJar("eu.neilalexander:jnacl:jar:1.0.0", Path.of("/m2/jnacl-1.0.0.jar"))));
        assertEquals(List.of("gson-2.13.2.jar", "zmqbench-jeromq-0.1.0.jar", "zmqbench-worker-0.1.0.jar",
                "jeromq-0.5.4.jar", "jnacl-1.0.0.jar"), names(classpath));
        assertEquals(Path.of("/m2/jnacl-1.0.0.jar"), classpath.get(4), "the resolved jar, not the module's");
    }

    @Test
    void aLocalBuildRunsAsItsOwnColumnRecordedWithItsVersionAndSha256() throws Exception {
        Path jar = jarWithManifestVersion("0.7.0-SNAPSHOT");
        ComparisonOutcome outcome = run(options("c", "jeromq").releases(List.of(LibraryRelease.jar("jeromq=" + jar)))
                .baseline("c").build());
        assertEquals(List.of("c", "jeromq@local"), outcome.cells().stream().map(CellResult::backend).toList());
        ResultSet saved = ResultStore.read(outcome.dir());
        assertEquals(jar + " (version 0.7.0-SNAPSHOT, from its manifest) sha256:" + LibraryJar.sha256(jar),
                saved.environment().get("library_jeromq@local"));
        assertEquals(64, LibraryJar.sha256(jar).length());
        List<String> worker = commands.get("jeromq@local");
        String classpath = worker.get(worker.indexOf("-cp") + 1);
        assertTrue(classpath.endsWith(":" + jar) && !classpath.contains("jeromq-0.6.0.jar"), classpath);
    }

    @Test
    void aVersionWhoseApiOurAdapterCannotDriveIsRefusedBeforeTheSetStarts() throws Exception {
        Path jar = jarWithManifestVersion("0.4.3");
        refusedByDescribe.put("jeromq@local", "jeromq 0.4.3 lacks what our adapter calls (class org.zeromq.SocketType): "
                + "it needs a different adapter");
        RunRefused refused = assertThrows(RunRefused.class,
                () -> run(options("c", "jeromq").releases(List.of(LibraryRelease.jar("jeromq=" + jar))).build()));
        assertTrue(refused.badUsage());
        assertEquals("--jar jeromq=" + jar + ": jeromq 0.4.3 lacks what our adapter calls (class org.zeromq.SocketType): "
                + "it needs a different adapter", refused.getMessage());
        assertFalse(Files.exists(temp.resolve("set")));
    }

    @Test
    void aVersionMavenCannotResolveIsRefusedBeforeTheSetStarts() {
        RunRefused refused = assertThrows(RunRefused.class,
                () -> run(options("jeromq").releases(LibraryRelease.versions("jeromq=0.0.0-none")).build()));
        assertTrue(refused.badUsage());
        assertEquals("--versions jeromq=0.0.0-none: Maven cannot resolve org.zeromq:jeromq:0.0.0-none (offline, not "
                + "in the local repository)", refused.getMessage());
        assertFalse(Files.exists(temp.resolve("set")));
    }

    @Test
    void aJarThatDoesNotExistIsRefusedByThePreflight() {
        RunRequest request = new RunRequest(options("jeromq").releases(List.of(LibraryRelease.jar("jeromq="
                + temp.resolve("none.jar")))).transports(List.of(Transport.INPROC)).build(), true, false);
        assertEquals("--jar jeromq=" + temp.resolve("none.jar") + ": no such jar",
                assertThrows(IllegalArgumentException.class, () -> Preflight.check(request)).getMessage());
    }

    private CompareOptions.Builder options(String... backends) {
        return new CompareOptions.Builder().sliceMs(0).backends(List.of(backends))
                .scenarios(List.of(ScenarioKind.THROUGHPUT)).transports(List.of(Transport.INPROC)).forks(1).precision(0)
                .timeBudgetSeconds(0).baseline(null).out(temp.resolve("set"));
    }

    private ComparisonOutcome run(CompareOptions options) throws Exception {
        Workers workers = new Workers() {
            @Override
            public List<BackendStatus> probe(BackendCatalog catalog, List<String> columns) {
                List<BackendStatus> statuses = new ArrayList<>();
                for (String column : columns) {
                    try {
                        commands.put(column, catalog.workerCommand(column));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    String reason = refusedByDescribe.get(column);
                    statuses.add(new BackendStatus(column, reason == null, "1.0", "4.3.4", reason));
                }
                return statuses;
            }

            @Override
            public ForkSource forks(BackendCatalog catalog, CompareOptions options, Path scratch) {
                return (key, passive, active, fork) -> new ForkOutcome(ForkResult.builder(fork, "ok").sent(1000)
                        .received(1000).measured(1000).elapsedNs(1_000_000L).enqueueNs(1_000_000L).cpuNs(1)
                        .peakRssKb(1).build(), null, "1.0", "4.3.4");
            }
        };
        return new ComparisonRunner(new Home(temp), "test", notice -> { }, workers, new MavenResolver(false))
                .run(new RunRequest(options, true, options.output().baseline() != null), Comparison.Listener.SILENT);
    }

    private Path jarWithManifestVersion(String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        Path jar = temp.resolve("jeromq-local.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }
}
