package zmqbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zmqbench.options.Defaults;
import zmqbench.run.BackendCatalog;
import zmqbench.run.Home;
import zmqbench.run.SemanticsRunner;
import zmqbench.scenario.Transport;
import zmqbench.semantics.Assessment;
import zmqbench.protocol.ProbeSpec;
import zmqbench.semantics.SemanticsReport;
import zmqbench.protocol.SendingSocket;

/** Behaviour at the high-water mark, per backend and sending socket, against the documentation. */
@Command(name = "semantics",
        mixinStandardHelpOptions = true,
        description = {"Drive each sending socket into its high-water mark, with a receiver that never reads, "
                + "through each backend, and compare what happens with the ZeroMQ documentation: the send blocks, "
                + "drops, or fails (EAGAIN with DONTWAIT, EFSM, EHOSTUNREACH), and how many messages were queued "
                + "first (over inproc SNDHWM + RCVHWM; over tcp the kernel's buffers add more).",
            "Each probe runs both peers in one fresh worker process. A blocked send is detected with SNDTIMEO, "
                + "never by hanging; every probe is bounded in sends and in time."},
        footer = {"%nExamples:",
            "  zmqbench semantics",
            "  zmqbench semantics --backends jeromq,c --transports inproc --hwm 100",
            "  zmqbench semantics --sockets pub,router,router-mandatory --format md",
            "  zmqbench semantics --transports inproc --hwm-after-connect",
            "%nSockets: pair, push, dealer, req, pub, router, router-mandatory (ROUTER with ZMQ_ROUTER_MANDATORY).",
            "Exit status: 0 every backend behaves as documented, 1 a probe failed or a backend differs "
                + "(named on stderr), 2 bad usage."})
final class SemanticsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--backends", split = ",", paramLabel = "NAME", completionCandidates = Choices.Backends.class,
            description = "Backends to probe: ${COMPLETION-CANDIDATES} (default: all available).")
    List<String> backends;

    @Option(names = "--transports", split = ",", paramLabel = "NAME", defaultValue = "inproc,tcp",
            description = "inproc, tcp (default: both; tcp is loopback).")
    List<String> transports;

    @Option(names = "--sockets", split = ",", paramLabel = "NAME",
            description = "Sending sockets to probe (default: all seven).")
    List<String> sockets;

    @Option(names = "--hwm", paramLabel = "N", defaultValue = "10",
            description = "SNDHWM and RCVHWM of both sockets, set before bind/connect, >= 1 (default 10).")
    int hwm;

    @Option(names = "--hwm-after-connect",
            description = "Set the HWM once both sockets are connected, not before bind/connect: their pipes were "
                    + "made with the default " + ProbeSpec.DEFAULT_HWM + ". libzmq 4.2+ documents that SNDHWM and "
                    + "RCVHWM apply to existing connections too.")
    boolean hwmAfterConnect;

    @Option(names = "--size", paramLabel = "BYTES", defaultValue = "" + ProbeSpec.DEFAULT_SIZE,
            description = "Message size, >= " + ProbeSpec.MIN_SIZE + " (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--block-ms", paramLabel = "MS", defaultValue = "" + ProbeSpec.DEFAULT_BLOCK_MS,
            description = "SNDTIMEO: a send still waiting this long is blocked (default ${DEFAULT-VALUE}).")
    int blockMs;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "" + ProbeSpec.DEFAULT_TIMEOUT_MS,
            description = "Bound of each phase of a probe: connecting, probing, draining (default ${DEFAULT-VALUE}).")
    int timeoutMs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), md or json.")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        SemanticsReport.Format reportFormat;
        List<ProbeSpec> plan;
        try {
            reportFormat = SemanticsReport.Format.parse(format);
            plan = plan(requestedBackends());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        BackendCatalog catalog = new BackendCatalog(Home.fromSystemProperty(), Defaults.JVM_OPTIONS);
        List<String> requested = requestedBackends();
        List<String> available = BackendSelection.probe(catalog, requested, err);
        boolean missing = backends != null && available.size() < requested.size();
        if (available.isEmpty()) {
            return CommandLine.ExitCode.SOFTWARE;
        }
        plan = plan.stream().filter(p -> available.contains(p.backend())).toList();
        List<Assessment> assessments = new SemanticsRunner(catalog).run(plan, progress(err));
        SemanticsReport report = new SemanticsReport(assessments, available, hwm, hwmAfterConnect, blockMs, size);
        report.write(reportFormat, spec.commandLine().getOut());
        String summary = report.summary();
        if (summary != null) {
            err.println("zmqbench: " + summary);
        }
        err.flush();
        return summary == null && !missing ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    private List<String> requestedBackends() {
        return BackendSelection.requested(backends);
    }

    /** Every socket over every transport through every backend, socket by socket; validated. */
    private List<ProbeSpec> plan(List<String> names) {
        List<SendingSocket> kinds = new ArrayList<>();
        if (sockets == null) {
            kinds.addAll(List.of(SendingSocket.values()));
        } else {
            for (String name : sockets) {
                SendingSocket kind = SendingSocket.parse(name);
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
            }
        }
        List<Transport> probed = new ArrayList<>();
        for (String name : transports) {
            Transport transport = ProbeSpec.TRANSPORTS.stream().filter(t -> t.cliName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--transports: unknown transport '" + name
                            + "' (known: " + ProbeSpec.TRANSPORTS.stream().map(Transport::cliName)
                            .collect(Collectors.joining(", ")) + ")"));
            if (!probed.contains(transport)) {
                probed.add(transport);
            }
        }
        List<ProbeSpec> plan = new ArrayList<>();
        for (SendingSocket kind : kinds) {
            for (Transport transport : probed) {
                for (String backend : names) {
                    plan.add(new ProbeSpec(backend, kind, transport, hwm, hwmAfterConnect, size, blockMs, timeoutMs,
                            hwm >= 1 ? ProbeSpec.defaultLimit(transport, hwm, hwmAfterConnect) : 1));
                }
            }
        }
        return plan;
    }

    /** One redrawn line on a terminal; nothing otherwise (the report follows). */
    private SemanticsRunner.Listener progress(PrintWriter err) {
        if (quiet || !Terminal.isInteractive()) {
            return SemanticsRunner.Listener.SILENT;
        }
        return new SemanticsRunner.Listener() {
            @Override
            public void started(int index, int total, ProbeSpec probe) {
                err.print("\r\033[K[" + (index + 1) + "/" + total + "] " + probe.backend() + " " + probe.label());
                err.flush();
            }

            @Override
            public void finished(int index, int total, Assessment assessment) {
                if (index + 1 == total) {
                    err.print("\r\033[K");
                    err.flush();
                }
            }
        };
    }
}
