package zmqbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zmqbench.options.Preset;

/** Lists the presets with what they run and roughly how long they take here. */
@Command(name = "presets",
        mixinStandardHelpOptions = true,
        description = "List the presets of 'compare --preset'.",
        footer = {"%nExample:", "  zmqbench presets", "  zmqbench compare --preset native"})
final class PresetsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Preset preset : Preset.values()) {
            out.printf("%-10s %-18s %s%n", preset.cliName(), preset.duration(), preset.description());
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
