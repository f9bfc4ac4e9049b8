package zmqbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zmqbench.options.Defaults;
import zmqbench.protocol.Json;
import zmqbench.run.BackendCatalog;
import zmqbench.run.BackendProbe;
import zmqbench.run.BackendStatus;
import zmqbench.run.Home;

/** Lists every backend, whether its worker starts here, its version, and why not when not. */
@Command(name = "backends",
        mixinStandardHelpOptions = true,
        description = "List the backends: available or not (with the reason and the fix), versions.",
        footer = {"%nEach backend is asked by its own worker process, so a missing native library shows here.",
            "Exit status: 0 all available, 1 some unavailable, 2 bad usage.", "%nExamples:", "  zmqbench backends",
            "  zmqbench backends --format json"})
final class BackendsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ListFormat format;

    @Override
    public Integer call() throws InterruptedException {
        boolean json = format.json(spec);
        PrintWriter out = spec.commandLine().getOut();
        BackendProbe probe = new BackendProbe(new BackendCatalog(Home.fromSystemProperty(), Defaults.JVM_OPTIONS));
        List<BackendStatus> statuses = probe.probe(BackendCatalog.KNOWN);
        boolean allAvailable = statuses.stream().allMatch(BackendStatus::available);
        if (json) {
            // Each record as is: name, available, version, libzmq_version, reason (null where none).
            Json.PRETTY.toJson(statuses, out);
            out.println();
        } else {
            out.printf("%-12s %-9s %-10s %s%n", "backend", "available", "version", "libzmq / reason");
            for (BackendStatus status : statuses) {
                out.printf("%-12s %-9s %-10s %s%n", status.name(), status.available() ? "yes" : "NO",
                        status.available() ? status.version() : "-",
                        status.available() ? status.libzmqVersion() : status.reason());
            }
        }
        out.flush();
        return allAvailable ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }
}
