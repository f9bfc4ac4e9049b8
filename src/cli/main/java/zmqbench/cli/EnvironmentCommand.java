package zmqbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zmqbench.run.EnvironmentProbe;
import zmqbench.run.Home;

/** Prints this host's environment as KEY=VALUE lines: what 'compare --far' records of the far host. */
@Command(name = "environment", hidden = true, mixinStandardHelpOptions = true,
        description = "Print this host's environment (KEY=VALUE lines), as a far host for 'compare --far'.")
final class EnvironmentCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EnvironmentProbe.capture(Home.fromSystemProperty(), ToolVersion.get(), List.of(), List.of())
                .forEach((key, value) -> out.println(key + "=" + value.replace('\n', ' ')));
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
