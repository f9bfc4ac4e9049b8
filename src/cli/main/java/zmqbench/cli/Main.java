package zmqbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zmqbench} command: each job is a subcommand. */
@Command(name = "zmqbench",
        mixinStandardHelpOptions = true,
        versionProvider = ToolVersion.class,
        description = "How fast is ZeroMQ through each Java implementation, on this machine?%n"
                + "Runs identical latency and throughput scenarios through plain C on libzmq, our JNI binding, "
                + "JZMQ, FFM (java.lang.foreign), JNA and JeroMQ, each in fresh worker processes, and prints them "
                + "side by side.",
        subcommands = {
            CompareCommand.class,
            BackendsCommand.class,
            PresetsCommand.class,
            ReportCommand.class,
            DiffCommand.class,
            SemanticsCommand.class,
            CrossingsCommand.class,
            BreakdownCommand.class,
            PlacementCommand.class,
            EnvironmentCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"%nExamples:",
            "  zmqbench backends",
            "  zmqbench compare",
            "  zmqbench compare --preset seed",
            "  zmqbench report results/2026-12-02-061843-a26f1a77 --format html \\",
            "      --output report.html",
            "  zmqbench diff results/2026-12-01-171012-a26f1a77 \\",
            "      results/2026-12-02-061843-a26f1a77 --fail-on 5%%",
            "  zmqbench semantics --hwm 10",
            "  zmqbench environment"})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and the tests. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        // One clear line for bad input, then how to get help: exit status 2.
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("zmqbench: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine;
    }

    /** A missing subcommand is bad usage, like any other. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
