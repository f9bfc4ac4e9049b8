package zmqbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import zmqbench.options.Defaults;
import zmqbench.run.BackendCatalog;
import zmqbench.run.Home;

/** Runs the command line in-process with captured output; workers are still real processes. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Cli(status, out.toString(), err.toString());
    }

    /** The known backends that this build has: ffm only where a JDK 22+ was found at build time. */
    static List<String> builtBackends() {
        BackendCatalog catalog = new BackendCatalog(Home.fromSystemProperty(), Defaults.JVM_OPTIONS);
        return BackendCatalog.KNOWN.stream().filter(backend -> catalog.missing(backend) == null).toList();
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
