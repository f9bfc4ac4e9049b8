package zmqbench.worker;

import zmqbench.protocol.CrossingSpec;
import zmqbench.protocol.DescribeRecord;
import zmqbench.protocol.ErrorRecord;
import zmqbench.protocol.MeasuredRecord;
import zmqbench.protocol.PausedRecord;
import zmqbench.protocol.ReadyRecord;
import zmqbench.protocol.WorkerArgs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongConsumer;
import zmqbench.backend.Backend;
import zmqbench.backend.Backends;
import zmqbench.backend.LibraryApiCheck;
import zmqbench.backend.SocketOption;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;
import zmqbench.protocol.Json;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.PeerTally;
import zmqbench.scenario.ProcessMeter;
import zmqbench.scenario.SenderControl;
import zmqbench.scenario.SliceCommand;
import zmqbench.scenario.SliceLink;
import zmqbench.protocol.ProbeSpec;

/**
 * The Java worker: runs one peer (or both, for inproc) of one measurement with the one backend on
 * its classpath, and prints the protocol's records on stdout. See the package documentation.
 */
public final class WorkerMain {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private final PrintStream out;

    private WorkerMain(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // halt, not exit: a backend's stray non-daemon thread must not keep a finished worker alive
        int status = run(args, System.out, System.in);
        System.out.flush();
        Runtime.getRuntime().halt(status);
    }

    static int run(String[] args, PrintStream out, InputStream in) {
        return run(args, out, in, Backends::byName);
    }

    /** As {@link #run(String[], PrintStream, InputStream)}, finding the backend with {@code backends} (tests). */
    static int run(String[] args, PrintStream out, InputStream in, Function<String, Backend> backends) {
        if (ProbeSpec.requested(args)) {
            return SemanticsWorker.run(args, out); // zmqbench semantics: its own arguments and record
        }
        if (CrossingSpec.requested(args)) {
            return CrossingWorker.run(args, out, backends); // zmqbench crossings: its own arguments and record
        }
        WorkerMain worker = new WorkerMain(out);
        WorkerArgs.Parsed parsed;
        Backend backend;
        try {
            parsed = WorkerArgs.parse(args);
            backend = backends.apply(parsed.backend());
        } catch (IllegalArgumentException e) {
            return worker.error(EXIT_USAGE, e.getMessage());
        }
        try {
            if (parsed.describe()) {
                List<String> lacking = LibraryApiCheck.missing(backend.getClass());
                if (!lacking.isEmpty()) {
                    return worker.error(EXIT_FAILED, backend.name() + " " + backend.version() + " lacks what our adapter"
                            + " calls (" + String.join("; ", lacking) + "): it needs a different adapter");
                }
                worker.print(new DescribeRecord(backend.name(), backend.version(), backend.libzmqVersion()));
                return EXIT_OK;
            }
            return worker.measure(backend, parsed.spec(), in);
        } catch (ZmqException e) {
            return worker.error(EXIT_FAILED, e.getMessage());
        } catch (LinkageError e) {
            return worker.error(EXIT_FAILED, backend.name() + ": native library could not be loaded: " + e.getMessage());
        } catch (Exception e) {
            return worker.error(EXIT_FAILED, backend.name() + ": " + e);
        }
    }

    private int measure(Backend backend, PeerSpec spec, InputStream in) throws Exception {
        try (ZmqContext context = backend.newContext()) {
            PeerTally tally;
            ProcessMeter meter = ProcessMeter.forProcess();
            String endpoint = spec.link().endpoint();
            switch (spec.role()) {
                case BIND -> {
                    try (ZmqSocket socket = open(context, spec, true);
                         PeerConnection connection = PeerConnection.watch(context, socket, true)) {
                        endpoint = bind(socket, spec);
                        print(new ReadyRecord(endpoint));
                        connection.await(endpoint);
                        SliceLink slices = spec.scenario().roundTrips() ? null : stdinSlices(in, spec);
                        if (spec.scenario().roundTrips() && spec.sliced()) {
                            restartOnMeasureLine(in, meter);
                        }
                        tally = runPassive(socket, spec, meter, () -> print(new MeasuredRecord()), slices);
                    }
                }
                case CONNECT -> {
                    try (ZmqSocket socket = open(context, spec, false);
                         PeerConnection connection = PeerConnection.watch(context, socket, false)) {
                        connect(socket, spec);
                        connection.await(spec.link().endpoint());
                        tally = spec.scenario().roundTrips()
                                ? runActive(socket, spec, meter, new SenderControl(), stdinSlices(in, spec), null)
                                : runActive(socket, spec, meter, stdinControl(in, spec.sliced()), null,
                                        sent -> print(new PausedRecord(sent)));
                    }
                }
                default -> tally = runBoth(context, spec, meter, in);
            }
            print(PeerRecords.of(backend, spec, endpoint, tally, meter));
        }
        return EXIT_OK;
    }

    /**
     * Inproc: the passive peer on its own thread, the active peer on this one, one context; a sliced
     * run's lines are read on a third thread and handed on in-process (see {@link InprocSliceLines}).
     */
    private PeerTally runBoth(ZmqContext context, PeerSpec spec, ProcessMeter meter, InputStream in)
            throws Exception {
        boolean activeTimes = spec.scenario().roundTrips();
        CountDownLatch bound = new CountDownLatch(1);
        SenderControl control = new SenderControl();
        InprocSliceLines lines = spec.sliced() ? new InprocSliceLines(activeTimes ? null : control) : null;
        SliceLink slices = lines == null ? null : new PrintedSliceLink(lines, this::print,
                activeTimes ? () -> { } : control::requestStop);
        AtomicReference<Object> passiveOutcome = new AtomicReference<>();
        Thread passive = new Thread(() -> {
            try (ZmqSocket socket = open(context, spec, true)) {
                bind(socket, spec);
                bound.countDown();
                passiveOutcome.set(runPassive(socket, spec, activeTimes ? ProcessMeter.none() : meter,
                        control::requestStop, activeTimes ? null : slices));
            } catch (RuntimeException | Error e) {
                passiveOutcome.set(e);
            } finally {
                bound.countDown();
                control.release();
            }
        }, "zmqbench-passive");
        passive.start();
        int timeoutMs = spec.link().timeoutMs();
        if (!bound.await(timeoutMs, TimeUnit.MILLISECONDS) || passiveOutcome.get() instanceof Throwable) {
            passive.join(timeoutMs);
            throw asException(passiveOutcome.get(), "passive peer did not bind within " + timeoutMs + " ms");
        }
        if (lines != null) {
            lines.start(in);
        }
        PeerTally tally;
        try (ZmqSocket socket = open(context, spec, false)) {
            connect(socket, spec);
            tally = runActive(socket, spec, activeTimes ? meter : ProcessMeter.none(), control,
                    activeTimes ? slices : null, lines == null ? null : lines::paused);
        }
        passive.join(spec.link().timeoutMs() * 2L);
        Object outcome = passiveOutcome.get();
        if (!(outcome instanceof PeerTally passiveTally)) {
            throw asException(outcome, "passive peer did not finish within " + spec.link().timeoutMs() + " ms");
        }
        // The timed side's figures come first: the other side only fills what it lacks.
        if (activeTimes) {
            tally.combine(passiveTally);
            return tally;
        }
        passiveTally.combine(tally);
        return passiveTally;
    }

    private static Exception asException(Object outcome, String otherwise) {
        if (outcome instanceof RuntimeException e) {
            return e;
        }
        if (outcome instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(otherwise);
    }

    /** {@code slices}: a sliced throughput receiver's link, else null. */
    private static PeerTally runPassive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, Runnable measured,
                                        SliceLink slices) {
        return spec.scenario().peers().runPassive(socket, spec, meter, measured, slices);
    }

    /**
     * {@code slices}: a sliced pinger's link, else null; {@code paused}: where a sliced sender says
     * how much it sent when a stop paused it.
     */
    private static PeerTally runActive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                                       SliceLink slices, LongConsumer paused) throws Exception {
        return spec.scenario().peers().runActive(socket, spec, meter, control, slices, paused);
    }

    /**
     * Options go on before bind/connect: JeroMQ applies HWM only to pipes made afterwards, and a
     * subscriber that subscribed first has its subscription sent as soon as a publisher connects.
     */
    static ZmqSocket open(ZmqContext context, PeerSpec spec, boolean passive) {
        SocketType type = passive ? spec.pattern().passive() : spec.pattern().active();
        ZmqSocket socket = context.socket(type);
        if (spec.link().hwm() >= 0) {
            socket.setOption(SocketOption.SNDHWM, spec.link().hwm());
            socket.setOption(SocketOption.RCVHWM, spec.link().hwm());
        }
        // A sliced run's passive side may wait in its socket as long as the parent keeps the pair waiting.
        socket.setOption(SocketOption.RCVTIMEO, passive && spec.sliced() ? -1 : spec.link().timeoutMs());
        socket.setOption(SocketOption.SNDTIMEO, spec.link().timeoutMs());
        // Bounded, not zero: the echo's last reply must still leave after it closes.
        socket.setOption(SocketOption.LINGER, spec.link().timeoutMs());
        byte[] subscription = spec.pattern().subscription();
        if (passive && subscription != null) {
            socket.setOption(SocketOption.SUBSCRIBE, subscription);
        }
        return socket;
    }

    private static String bind(ZmqSocket socket, PeerSpec spec) {
        try {
            return socket.bind(spec.link().endpoint());
        } catch (ZmqException e) {
            throw endpointError(e, "bind", spec.link().endpoint());
        }
    }

    private static void connect(ZmqSocket socket, PeerSpec spec) {
        try {
            socket.connect(spec.link().endpoint());
        } catch (ZmqException e) {
            throw endpointError(e, "connect", spec.link().endpoint());
        }
    }

    private static ZmqException endpointError(ZmqException e, String call, String endpoint) {
        return switch (e.errno()) {
            case ZmqException.EADDRINUSE -> new ZmqException(e.errno(), "address already in use: " + endpoint);
            case ZmqException.EINVAL, ZmqException.EPROTONOSUPPORT, ZmqException.EADDRNOTAVAIL ->
                    new ZmqException(e.errno(), "invalid endpoint '" + endpoint + "' (" + e.getMessage() + ")");
            default -> new ZmqException(e.errno(), call + " " + endpoint + " failed: " + e.getMessage());
        };
    }

    /**
     * The parent writes {@code stop} when a timed receiver has measured enough, and any other line
     * ({@code release}), or closes stdin, once the receiver has everything. A sliced run's sender
     * takes its slice lines and {@code end} (and {@code stop} at the warm-up's end) first: then
     * the next line, or the end of stdin, releases it.
     */
    private static SenderControl stdinControl(InputStream in, boolean sliced) {
        SenderControl control = new SenderControl();
        Thread reader = new Thread(() -> {
            try {
                BufferedReader lines = reader(in);
                boolean ended = !sliced;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals(SliceCommand.STOP_LINE)) {
                        control.requestStop();
                    } else if (ended) {
                        break;
                    } else {
                        control.command(line);
                        ended = line.equals(SliceCommand.END_LINE);
                    }
                }
            } catch (IOException e) {
                // a broken stdin releases too: the parent is gone
            }
            control.release();
        }, "zmqbench-release");
        reader.setDaemon(true);
        reader.start();
        return control;
    }

    /**
     * A sliced latency pair's echo: the parent's {@code measure} line (the pinger's warm-up is over)
     * restarts its meter, so that its costs cover the slices and the waits between them, not the
     * warm-up. The line is read, and its String made, before the restart.
     */
    private static void restartOnMeasureLine(InputStream in, ProcessMeter meter) {
        Thread reader = new Thread(() -> {
            try {
                BufferedReader lines = reader(in);
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals(SliceCommand.MEASURE_LINE)) {
                        meter.requestRestart();
                    }
                }
            } catch (IOException e) {
                // the parent is gone: the echo ends on its own
            }
        }, "zmqbench-measure");
        reader.setDaemon(true);
        reader.start();
    }

    /** A sliced run's timed side reads its lines from stdin on its own thread; null when not sliced. */
    private SliceLink stdinSlices(InputStream in, PeerSpec spec) {
        return spec.sliced() ? new PrintedSliceLink(LineSource.of(reader(in)), this::print, () -> { })
                : null;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private int error(int status, String message) {
        print(new ErrorRecord(String.valueOf(message)));
        return status;
    }

    private void print(Object record) {
        out.println(Json.GSON.toJson(record));
        out.flush();
    }
}
