package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import zmqbench.options.CompareOptions;
import zmqbench.scenario.Transport;

/** A user's preset file: its base preset, then the file, then the command line, in that order. */
class PresetFileTest {

    @TempDir
    Path temp;

    private CompareOptions resolve(String... args) {
        CompareArguments arguments = new CompareArguments();
        new CommandLine(arguments).parseArgs(args);
        return arguments.resolve();
    }

    @Test
    void theFileSitsBetweenItsBasePresetAndTheCommandLine() throws IOException {
        Path file = Files.writeString(temp.resolve("mine.properties"),
                "# my comparison\npreset = seed\nbackends = c,jeromq\nsizes = 64,1k\nforks = 1\ninterop = true\n");
        CompareOptions options = resolve("--preset", file.toString(), "--forks", "4");
        assertEquals(List.of(Transport.TCP), options.matrix().transports(), "from the seed preset");
        assertEquals(240, options.rounds().timeBudgetSeconds(), "from the seed preset");
        assertEquals(List.of("c", "jeromq"), options.matrix().backends(), "from the file");
        assertEquals(List.of(64, 1024), options.matrix().sizes(), "from the file");
        assertTrue(options.matrix().interop(), "from the file");
        assertEquals(4, options.rounds().forks(), "the command line wins");
    }

    @Test
    void aBadValueInTheFileIsOneLineNamingTheFileAndTheOption() throws IOException {
        Path file = Files.writeString(temp.resolve("bad.properties"), "sizes = zero\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolve("--preset", file.toString()));
        assertTrue(e.getMessage().contains("--sizes: expected a size"), e::getMessage);
        Path unknown = Files.writeString(temp.resolve("unknown.properties"), "speed = max\n");
        e = assertThrows(IllegalArgumentException.class, () -> resolve("--preset", unknown.toString()));
        assertTrue(e.getMessage().contains(unknown.toString()) && e.getMessage().contains("--speed"), e::getMessage);
    }

    @Test
    void aMissingFileIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolve("--preset", temp.resolve("none.properties").toString()));
        assertTrue(e.getMessage().startsWith("--preset: cannot read"), e::getMessage);
    }
}
