package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.options.CompareOptions;
import zmqbench.scenario.ScenarioKind;

class ConfigHashTest {

    @Test
    void ignoresWhereResultsGoButNotWhatIsMeasured() {
        CompareOptions a = new CompareOptions.Builder().out(Path.of("/tmp/a")).build();
        CompareOptions b = new CompareOptions.Builder().out(Path.of("/tmp/b")).build();
        CompareOptions c = new CompareOptions.Builder().forks(7).build();
        assertEquals(ConfigHash.of(a), ConfigHash.of(b));
        assertNotEquals(ConfigHash.of(a), ConfigHash.of(c));
    }

    @Test
    void changesOnlyWithWhatIsMeasured() {
        // cfe0a96c before the default ran throughput first; c7beb010 and dcaae9f1 before throughput cells had
        // slices of their own (50 ms); 1fded267 and c7b6c9fd before sliced cells stopped adding pairs by default
        // (max_forks 10 -> 2); grouping the options left it as it was
        CompareOptions plain = new CompareOptions.Builder().out(Path.of("/tmp/a")).build();
        CompareOptions every = new CompareOptions.Builder().scenarios(List.of(ScenarioKind.values())).rate(500)
                .gapsNs(List.of(1000L, 2_000_000L)).jvmArgs(List.of("-XX:+UseZGC")).seed(7).latencyCount(1000L).build();
        assertEquals("8a4fd9eb", ConfigHash.of(plain));
        assertEquals("8d1b2f7b", ConfigHash.of(every));
    }
}
