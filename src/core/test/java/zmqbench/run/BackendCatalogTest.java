package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.options.Defaults;

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

    @Test
    void theCalibrationScriptGivesItsPlainJvmsTheWorkersFlags() throws IOException {
        // make calibrate holds the tool against plain programs: both sides' JVMs must be set up alike.
        Path script = Path.of(System.getProperty("zmqbench.home", "."), "native", "calibrate", "calibrate.sh");
        String prefix = "JAVA_OPTS=${JAVA_OPTS:-";
        String line = Files.readAllLines(script).stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError(script + " sets no " + prefix));
        String flags = line.substring(prefix.length(), line.lastIndexOf('}')).replace("$(nproc)", "2");
        assertEquals(BackendCatalog.explicit(Defaults.JVM_OPTIONS, 2), Arrays.asList(flags.split(" ")));
    }
}
