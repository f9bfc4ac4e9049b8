package zmqbench.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;

/**
 * A preset a user writes: a properties file whose keys are compare's long options without the
 * dashes ({@code sizes = 64,1k}, {@code forks = 5}, {@code interop = true}); {@code preset} names
 * the built-in preset it starts from. Read through the same option definitions as the command
 * line, so a file accepts exactly what the command line does and fails the same way.
 */
final class PresetFile {

    private PresetFile() {
    }

    /** A --preset value that is a path to a file rather than a preset's name. */
    static boolean isFile(String preset) {
        return preset.contains("/") || preset.endsWith(".properties") || Files.isRegularFile(Path.of(preset));
    }

    static CompareArguments read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("--preset: cannot read " + file + ": " + e.getMessage());
        }
        List<String> args = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (value.equals("true") && key.equals("interop")) {
                args.add("--interop");
            } else if (!(key.equals("interop") && value.equals("false"))) {
                args.add("--" + key);
                args.add(value);
            }
        }
        CompareArguments arguments = new CompareArguments();
        try {
            new CommandLine(arguments).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException("--preset " + file + ": " + e.getMessage());
        }
        if (arguments.preset != null && isFile(arguments.preset)) {
            throw new IllegalArgumentException("--preset " + file + ": 'preset' must name a built-in preset");
        }
        return arguments;
    }
}
