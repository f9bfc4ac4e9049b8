package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackendCatalogTest {

    @Test
    void everyJavaWorkerGetsAnExplicitCollectorAndProcessorCount() {
        // A JVM pinned to one CPU would otherwise pick the Serial collector and size itself for one CPU.
        assertEquals(List.of("-XX:+UseG1GC", "-XX:ActiveProcessorCount=2", "-Xms256m", "-Xmx256m"),
                BackendCatalog.explicit(List.of("-Xms256m", "-Xmx256m"), 2));
    }

    @Test
    void optionsThatChooseTheirOwnKeepThem() {
        List<String> own = List.of("-XX:+UseZGC", "-XX:ActiveProcessorCount=4");
        assertEquals(own, BackendCatalog.explicit(own, 2));
    }
}
