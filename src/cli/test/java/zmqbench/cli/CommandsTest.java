package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.options.Preset;
import zmqbench.run.BackendCatalog;

class CommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"compare", "backends", "presets", "report", "diff", "semantics"})
    void everyCommandHasHelpWithExamples(String command) {
        Cli cli = Cli.run(command, "--help");
        assertEquals(0, cli.status(), cli::toString);
        assertTrue(cli.out().contains("Usage: zmqbench " + command), cli::toString);
        assertTrue(cli.out().contains("Example"), cli::toString);
    }

    @Test
    void backendsListsEveryBuiltOneAsAvailableAndTheOthersWithTheFix() {
        Cli cli = Cli.run("backends");
        List<String> built = Cli.builtBackends();
        assertEquals(built.size() == BackendCatalog.KNOWN.size() ? 0 : 1, cli.status(), cli::toString);
        for (String backend : BackendCatalog.KNOWN) {
            String expected = built.contains(backend) ? backend + " +yes .*" : backend + " +NO .*make.*";
            assertTrue(cli.out().lines().anyMatch(line -> line.matches(expected)), cli::toString);
        }
    }

    @Test
    void presetsListsEveryPreset() {
        Cli cli = Cli.run("presets");
        assertEquals(0, cli.status(), cli::toString);
        for (Preset preset : Preset.values()) {
            assertTrue(cli.out().contains(preset.cliName()), cli::toString);
        }
    }

    @Test
    void anUnknownCommandIsUsageError() {
        Cli cli = Cli.run("benchmark-everything");
        assertEquals(2, cli.status(), cli::toString);
    }
}
