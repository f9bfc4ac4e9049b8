package zmqbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zmqbench.options.Defaults;
import zmqbench.run.BackendCatalog;
import zmqbench.run.BackendProbe;
import zmqbench.run.EnvironmentProbe;
import zmqbench.run.Home;

/**
 * Prints this host's environment and its backends as KEY=VALUE lines: what 'compare --far' records
 * of the far host, and which backends can run there.
 */
@Command(name = "environment", mixinStandardHelpOptions = true,
        description = "Print this host's environment and backends as KEY=VALUE lines: what a result set records "
                + "of the machine, and what 'compare --far' reads from a far host.",
        footer = {"%nExamples:", "  zmqbench environment", "  zmqbench environment | grep ^backend_"})
final class EnvironmentCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Home home = Home.fromSystemProperty();
        BackendProbe probe = new BackendProbe(new BackendCatalog(home, Defaults.JVM_OPTIONS));
        EnvironmentProbe.capture(home, ToolVersion.get(), List.of(), probe.probe(BackendCatalog.KNOWN), Map.of())
                .forEach((key, value) -> out.println(key + "=" + value.replace('\n', ' ')));
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
