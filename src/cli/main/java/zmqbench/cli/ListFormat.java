package zmqbench.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --format} of the commands that list what is here (backends, presets): a table for people, JSON for scripts. */
final class ListFormat {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = Choices.ListFormats.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    String format;

    /**
     * True for JSON, false for the table.
     *
     * @throws CommandLine.ParameterException (exit 2) naming the choices for any other name
     */
    boolean json(CommandSpec spec) {
        String name = format.strip().toLowerCase(Locale.ROOT);
        if (!Choices.ListFormats.NAMES.contains(name)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be table or json, got '" + format + "'");
        }
        return name.equals("json");
    }
}
