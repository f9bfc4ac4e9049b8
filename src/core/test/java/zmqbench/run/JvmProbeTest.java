package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starts the JVM running the tests, as a worker's JVM would be. */
class JvmProbeTest {

    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

    @Test
    void findsTheExactVersionOfAJdkDirectory() throws JvmProbe.Failure {
        WorkerJvm jvm = JvmProbe.probe(THIS_JDK, List.of("-Xmx64m"), List.of("-XX:+UseSerialGC"));
        assertEquals(Runtime.version().feature(), jvm.major());
        assertEquals(System.getProperty("java.runtime.version"), jvm.version());
        assertEquals(THIS_JDK.resolve("bin").resolve("java"), jvm.java());
        assertEquals(List.of("-XX:+UseSerialGC"), jvm.args());
    }

    @Test
    void aVariantThatCannotStartSaysWhy() {
        JvmProbe.Failure failure = assertThrows(JvmProbe.Failure.class,
                () -> JvmProbe.probe(THIS_JDK, List.of(), List.of("-XX:+UseNoSuchGC")));
        assertTrue(failure.getMessage().contains("UseNoSuchGC"), failure.getMessage());
    }

    @Test
    void aMissingJdkSaysWhereItLooked() {
        JvmProbe.Failure failure = assertThrows(JvmProbe.Failure.class,
                () -> JvmProbe.probe(Path.of("/no/such/jdk/bin/java"), List.of(), List.of()));
        assertTrue(failure.getMessage().contains("/no/such/jdk/bin/java"), failure.getMessage());
    }
}
