package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.options.Preset;
import zmqbench.run.BackendCatalog;

class CommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"compare", "backends", "presets", "report", "diff", "semantics", "environment"})
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
    void backendsAsJsonIsOneRecordPerBackendWithTheSameAnswers() {
        Cli cli = Cli.run("backends", "--format", "json");
        List<String> built = Cli.builtBackends();
        assertEquals(built.size() == BackendCatalog.KNOWN.size() ? 0 : 1, cli.status(), cli::toString);
        JsonArray backends = JsonParser.parseString(cli.out()).getAsJsonArray();
        assertEquals(BackendCatalog.KNOWN.size(), backends.size(), cli::toString);
        for (JsonElement element : backends) {
            JsonObject backend = element.getAsJsonObject();
            String name = backend.get("name").getAsString();
            assertTrue(BackendCatalog.KNOWN.contains(name), name);
            assertEquals(built.contains(name), backend.get("available").getAsBoolean(), cli::toString);
            assertEquals(built.contains(name), backend.get("reason").isJsonNull(), cli::toString);
            assertTrue(backend.has("version") && backend.has("libzmq_version"), cli::toString);
        }
    }

    @Test
    void presetsAsJsonCarryTheOptionsEachResolvesTo() {
        Cli cli = Cli.run("presets", "--format", "json");
        assertEquals(0, cli.status(), cli::toString);
        JsonArray presets = JsonParser.parseString(cli.out()).getAsJsonArray();
        assertEquals(Preset.values().length, presets.size());
        JsonObject quick = presets.get(0).getAsJsonObject();
        assertEquals(Preset.QUICK.cliName(), quick.get("name").getAsString());
        assertEquals(Preset.QUICK.duration(), quick.get("duration").getAsString());
        assertTrue(quick.getAsJsonObject("options").getAsJsonArray("backends").size() > 1, cli::toString);
        for (JsonElement preset : presets) {
            assertTrue(preset.getAsJsonObject().get("description").getAsString().length() > 10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"backends", "presets"})
    void anUnknownListFormatIsOneLineAndExitTwo(String command) {
        Cli cli = Cli.run(command, "--format", "yaml");
        assertEquals(2, cli.status(), cli::toString);
        assertTrue(cli.err().startsWith("zmqbench: --format must be table or json, got 'yaml'"), cli::toString);
    }

    @Test
    void anUnknownCommandIsUsageError() {
        Cli cli = Cli.run("benchmark-everything");
        assertEquals(2, cli.status(), cli::toString);
    }
}
