package zmqbench.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import zmqbench.semantics.SemanticsReport;

/**
 * Checks a zmqbench command line without running it: picocli must accept every option and value,
 * and compare's options must resolve (known backends, presets, sizes, durations) as they would
 * before anything is measured.
 */
final class DryRun {

    private DryRun() {
    }

    /** Null when {@code args} would be accepted, else why not. */
    static String problem(List<String> args) {
        try {
            ParseResult parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
            if (!parsed.hasSubcommand()) {
                return parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() ? null : "no command";
            }
            validate(parsed.subcommand().commandSpec());
            return null;
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The checks each command makes of its values before it runs anything. */
    private static void validate(CommandSpec command) {
        CommandSpec output = command.mixins().get("output");
        if (output != null) {
            ((OutputArguments) output.userObject()).formatType();
        }
        CommandSpec arguments = command.mixins().get("arguments");
        if (arguments != null) {
            CompareArguments compare = (CompareArguments) arguments.userObject();
            ((RateSweepArguments) command.mixins().get("sweep").userObject()).plan(compare);
            compare.resolve();
        }
        if (command.userObject() instanceof SemanticsCommand semantics) {
            SemanticsReport.Format.parse(semantics.format);
        }
    }
}
