package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessMeterTest {

    @Test
    void theJitsActivityIsItsCompilerThreadsCpuTimeAndOnlyGrows() {
        assertTrue(Files.isDirectory(Path.of("/proc/self/task")), "a Linux test machine");
        long before = ProcessMeter.jitActivityMillis();
        long sum = 0;
        for (int i = 0; i < 5_000_000; i++) { // something for the JIT to compile
            sum += Long.numberOfTrailingZeros(i * 31L + sum);
        }
        long after = ProcessMeter.jitActivityMillis();
        assertTrue(before > 0, "this JVM's compiler threads have compiled the test framework by now: " + before);
        assertTrue(after >= before, () -> before + " ms, then " + after + " ms");
        assertTrue(sum != 42);
    }
}
