package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmLabelTest {

    @Test
    void aCollectorIsNamedByItsShortName() {
        assertEquals("g1", JvmLabel.of(List.of("-XX:+UseG1GC")));
        assertEquals("zgc", JvmLabel.of(List.of("-XX:+UseZGC")));
        assertEquals("parallel", JvmLabel.of(List.of("-XX:+UseParallelGC")));
    }

    @Test
    void whatOnlyEnablesACollectorIsLeftOut() {
        assertEquals("epsilon",
                JvmLabel.of(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xmx2g")));
    }

    @Test
    void otherArgumentsFollowTheCollector() {
        assertEquals("zgc -XX:+ZGenerational", JvmLabel.of(List.of("-XX:+UseZGC", "-XX:+ZGenerational")));
    }

    @Test
    void withoutACollectorTheArgumentsAreTheLabel() {
        assertEquals("-Xint -Xmx1g", JvmLabel.of(List.of("-Xint", "-Xmx1g")));
        assertEquals("", JvmLabel.of(List.of()));
    }

    @Test
    void aColumnIsTheBackendAtTheMajorVersionWithTheLabel() {
        WorkerJvm jvm = new WorkerJvm(Path.of("/jdk/bin/java"), "25.0.3+9-LTS", "Eclipse Adoptium", 25,
                List.of("-XX:+UseZGC"));
        assertEquals("jeromq@25 zgc", WorkerColumn.of("jeromq", jvm).name());
        assertEquals("ffm@25", WorkerColumn.of("ffm",
                new WorkerJvm(jvm.java(), jvm.version(), jvm.vendor(), 25, List.of())).name());
        assertEquals("/jdk/bin/java: 25.0.3+9-LTS (Eclipse Adoptium), flags: -XX:+UseZGC", jvm.describe());
    }
}
