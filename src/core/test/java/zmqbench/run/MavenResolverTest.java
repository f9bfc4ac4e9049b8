package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Maven resolves a library version from the local repository only (no network in tests). */
class MavenResolverTest {

    @Test
    void dependencyListLinesGiveCoordinatesAndPaths() {
        List<LibraryJar> jars = MavenResolver.parse(List.of("", "The following files have been resolved:",
                "   org.zeromq:jeromq:jar:0.5.4:compile:/m2/org/zeromq/jeromq/0.5.4/jeromq-0.5.4.jar -- module jeromq (auto)",
                "   eu.neilalexander:jnacl:jar:1.0.0:runtime:/m2/jnacl-1.0.0.jar"));
        assertEquals(List.of(new LibraryJar("org.zeromq:jeromq:jar:0.5.4", Path.of("/m2/org/zeromq/jeromq/0.5.4/jeromq-0.5.4.jar")),
                new LibraryJar("eu.neilalexander:jnacl:jar:1.0.0", Path.of("/m2/jnacl-1.0.0.jar"))), jars);
    }

    @Test
    void mavensFailureIsSaidInAFewWords() {
        assertEquals("not in the local repository", MavenResolver.reason("[ERROR] Failed to execute goal on project "
                + "resolve: Cannot access central in offline mode and the artifact org.zeromq:jeromq:jar:9 has not been "
                + "downloaded from it before. -> [Help 1]"));
        assertEquals("no such version in the repositories Maven reaches",
                MavenResolver.reason("[ERROR] ... Could not find artifact org.zeromq:jeromq:jar:9 in central"));
        assertEquals("something else", MavenResolver.reason("[INFO] x\n[ERROR] something else\n[ERROR] more"));
    }

    /** The version the build itself uses is in the local repository, so this needs no network. */
    @Test
    void theBuildsOwnJeromqResolvesOfflineWithItsDependency() throws Exception {
        List<LibraryJar> jars = new MavenResolver(false).resolve("org.zeromq:jeromq", "0.6.0");
        assertEquals(List.of("org.zeromq:jeromq:jar:0.6.0", "eu.neilalexander:jnacl:jar:1.0.0"),
                jars.stream().map(LibraryJar::coordinates).toList());
        assertTrue(jars.stream().allMatch(jar -> Files.isRegularFile(jar.path())), jars::toString);
    }

    @Test
    void aVersionNotInTheLocalRepositoryIsUnresolvable() {
        MavenResolver.Unresolvable e = assertThrows(MavenResolver.Unresolvable.class,
                () -> new MavenResolver(false).resolve("org.zeromq:jeromq", "0.0.0-none"));
        assertEquals("Maven cannot resolve org.zeromq:jeromq:0.0.0-none (offline, not in the local repository)",
                e.getMessage());
    }
}
