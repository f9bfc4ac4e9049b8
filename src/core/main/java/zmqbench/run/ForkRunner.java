package zmqbench.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.ForkResult;
import zmqbench.scenario.OpenLoopPeer;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;
import zmqbench.protocol.Cost;
import zmqbench.scenario.Transport;
import zmqbench.protocol.MeasuredRecord;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.ConnectTimeouts;
import zmqbench.protocol.ReadyRecord;
import zmqbench.scenarios.ScenarioType;
import zmqbench.stats.LatencyStats;

/**
 * Runs one fork of one cell: a single two-thread worker for inproc, or a binding and a connecting
 * worker (each its own process, as libzmq's local_* and remote_* tools) for ipc and tcp.
 */
final class ForkRunner implements ForkSource {

    /** Longest a JVM may take to start and bind before it counts as hung. */
    private static final long STARTUP_ALLOWANCE_MS = 20_000;
    /** Generous per-message allowances: the deadline catches hangs, it does not judge speed. */
    private static final long ROUND_TRIP_ALLOWANCE_US = 2_000;
    private static final long MESSAGE_ALLOWANCE_US = 100;
    /** Histogram range: one hour in ns at 3 significant digits, as real-logic/benchmarks does. */
    private static final long HIGHEST_TRACKABLE_NS = TimeUnit.HOURS.toNanos(1);

    private final PeerLauncher launcher;
    private final CompareOptions options;
    private final Path scratch;
    private int endpointSerial;

    ForkRunner(BackendCatalog catalog, CompareOptions options, Path scratch) {
        this.launcher = new PeerLauncher(catalog, options);
        this.options = options;
        this.scratch = scratch;
    }

    /**
     * Runs one fork with {@code passiveBackend} binding and {@code activeBackend} connecting (the
     * same backend, except in interop rows). Never throws for a failed measurement: the failure is
     * the fork's status.
     */
    @Override
    public ForkOutcome run(CellKey key, String passiveBackend, String activeBackend, int fork)
            throws InterruptedException {
        ScenarioKind scenario = key.scenario();
        WorkerPhases phases = WorkerPhases.of(options, key);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMs(scenario, phases));
        Path samples = scenario.roundTrips() ? scratch.resolve("samples-" + (++endpointSerial)) : null;
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            List<PeerRecord> records = key.transport() == Transport.INPROC
                    ? runInproc(key, activeBackend, phases, samples, deadline, workers)
                    : runPair(key, passiveBackend, activeBackend, phases, samples, deadline, workers);
            return merge(fork, key, phases, records, samples);
        } catch (WorkerProcess.WorkerFailure | IOException e) {
            return failed(fork, e.getMessage());
        } finally {
            workers.forEach(WorkerProcess::close);
            deleteSamples(samples);
        }
    }

    /**
     * Starts one sliced fork of {@code key} and waits for its warm-up (see {@link WorkerPair}); the
     * workers wait for slice lines until {@code deadline}, the cell's end with room to finish.
     */
    @Override
    public SlicedPair startSliced(CellKey key, String passiveBackend, String activeBackend, int fork,
                                  long deadline)
            throws IOException, WorkerProcess.WorkerFailure, InterruptedException {
        WorkerPhases phases = WorkerPhases.of(options, key).sliced();
        Path samples = key.scenario().roundTrips() ? scratch.resolve("samples-" + (++endpointSerial)) : null;
        WorkerPair.Merger merger = new WorkerPair.Merger() {
            @Override
            public ForkOutcome merge(List<PeerRecord> records) throws IOException {
                try {
                    return ForkRunner.this.merge(fork, key, phases, records, samples);
                } finally {
                    deleteSamples(samples);
                }
            }

            @Override
            public ForkOutcome failed(String why) {
                deleteSamples(samples);
                return ForkRunner.failed(fork, why);
            }
        };
        long countedWarmup = phases.warmup().counted() ? phases.warmup().amount() : -1;
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            if (key.transport() == Transport.INPROC) {
                WorkerProcess both = start(activeBackend, spec(key, activeBackend, phases, Role.BOTH,
                        "inproc://zmqbench-" + (++endpointSerial), samples), workers);
                return new WorkerPair(workers, both, null, countedWarmup, merger, deadline);
            }
            WorkerProcess passive = start(passiveBackend, spec(key, passiveBackend, phases, Role.BIND,
                    bindEndpoint(key), null), workers);
            String endpoint = passive.await(ReadyRecord.class, deadline).endpoint();
            WorkerProcess active = start(activeBackend, spec(key, activeBackend, phases, Role.CONNECT, endpoint,
                    samples), workers);
            boolean receiverTimes = !key.scenario().roundTrips();
            return new WorkerPair(workers, receiverTimes ? passive : active, receiverTimes ? active : null,
                    countedWarmup, merger, deadline);
        } catch (IOException | WorkerProcess.WorkerFailure | InterruptedException | RuntimeException e) {
            workers.forEach(WorkerProcess::close);
            deleteSamples(samples);
            throw e;
        }
    }

    private static void deleteSamples(Path samples) {
        if (samples == null) {
            return;
        }
        try {
            Files.deleteIfExists(samples);
            Files.deleteIfExists(OpenLoopPeer.uncorrectedFile(samples));
        } catch (IOException e) {
            // scratch is removed with its directory at the end of the run
        }
    }

    private List<PeerRecord> runInproc(CellKey key, String backend, WorkerPhases phases, Path samples, long deadline,
                                       List<WorkerProcess> workers)
            throws IOException, WorkerProcess.WorkerFailure, InterruptedException {
        PeerSpec spec = spec(key, backend, phases, Role.BOTH, "inproc://zmqbench-" + (++endpointSerial), samples);
        WorkerProcess worker = start(backend, spec, workers);
        return List.of(worker.await(PeerRecord.class, deadline));
    }

    /**
     * Throughput: the sender holds its socket open until the receiver has counted everything it
     * will get (a line on its stdin releases it). With a timed measurement the receiver says
     * {@code measured} when its interval ends; the sender is then told to stop and end its
     * stream, which the receiver drains before it reports.
     */
    private List<PeerRecord> runPair(CellKey key, String passiveBackend, String activeBackend, WorkerPhases phases,
                                     Path samples, long deadline, List<WorkerProcess> workers)
            throws IOException, WorkerProcess.WorkerFailure, InterruptedException {
        WorkerProcess passive = start(passiveBackend, spec(key, passiveBackend, phases, Role.BIND, bindEndpoint(key),
                null), workers);
        String endpoint = passive.await(ReadyRecord.class, deadline).endpoint();
        WorkerProcess active = start(activeBackend, spec(key, activeBackend, phases, Role.CONNECT, endpoint, samples),
                workers);
        if (!key.scenario().roundTrips()) {
            PeerRecord received;
            try {
                if (!phases.counted()) {
                    passive.await(MeasuredRecord.class, deadline);
                    active.stop();
                }
                received = passive.await(PeerRecord.class, deadline);
            } finally {
                active.release();
            }
            return List.of(received, active.await(PeerRecord.class, deadline));
        }
        PeerRecord pinger = active.await(PeerRecord.class, deadline);
        return List.of(passive.await(PeerRecord.class, deadline), pinger);
    }

    private WorkerProcess start(String backend, PeerSpec spec, List<WorkerProcess> workers) throws IOException {
        WorkerProcess worker = WorkerProcess.start(launcher.label(backend, spec), launcher.command(backend, spec));
        workers.add(worker);
        return worker;
    }

    private PeerSpec spec(CellKey key, String backend, WorkerPhases phases, Role role, String endpoint,
                          Path samples) {
        return PeerSpec.builder(launcher.backendOf(backend), key.scenario(), role, key.pattern()).endpoint(endpoint)
                .size(key.size()).phases(phases.warmup(), phases.measure()).hwm(key.hwm())
                .timeoutMs(options.network().timeoutMs()).samples(samples).pacing(phases.pacing())
                .steady(phases.steadyRule()).build();
    }

    private String bindEndpoint(CellKey key) {
        return switch (key.transport()) {
            case IPC -> "ipc://" + scratch.resolve("zmqbench-" + (++endpointSerial) + ".ipc");
            case TCP -> "tcp://" + launcher.tcpBindAddress();
            case INPROC -> throw new IllegalArgumentException("no bind endpoint for inproc: one worker runs both peers");
        };
    }

    /** Starting, the phases, and two timeouts (a peer may wait that long before it reports). */
    private long deadlineMs(ScenarioKind scenario, WorkerPhases phases) {
        long perMessageUs = scenario.roundTrips() ? ROUND_TRIP_ALLOWANCE_US : MESSAGE_ALLOWANCE_US;
        // The binder may wait ACCEPT_MS for the connecter's handshake before the timeouts start.
        return STARTUP_ALLOWANCE_MS + ConnectTimeouts.ACCEPT_MS + 2L * options.network().timeoutMs()
                + phases.budgetMs(perMessageUs);
    }

    /**
     * One fork's figures from its peers' records: the timed side's counts, timeline and steady
     * state (the receiver in throughput, the pinger otherwise), both sides' costs.
     */
    private ForkOutcome merge(int fork, CellKey key, WorkerPhases phases, List<PeerRecord> records, Path samples)
            throws IOException {
        ScenarioKind scenario = key.scenario();
        boolean throughput = !scenario.roundTrips();
        PeerRecord pinger = records.get(records.size() - 1);
        PeerRecord timed = throughput ? records.get(0) : pinger;
        long sent = throughput ? maxOf(records, r -> r.counts().sent()) : pinger.counts().sent();
        long received = timed.counts().received();
        boolean drops = key.pattern().sequenced();
        ForkResult.Builder result = ForkResult.builder(fork, status(phases, drops, records, sent, received))
                .sent(sent).received(received).measured(timed.counts().measured())
                .dropped(drops ? timed.counts().dropped() : -1)
                .elapsedNs(timed.timing().elapsedNs()).enqueueNs(maxOf(records, r -> r.timing().enqueueNs()))
                .cost(Cost.together(records.stream().map(PeerRecord::cost).toList()))
                .peerThreads(records.stream().map(PeerRecord::threads).toList())
                .warmup(FixedWarmupCheck.judge(timed.warmup(), phases.steadyRule()));
        Histogram rtt = null;
        if (scenario.roundTrips() && pinger.counts().samples() > 0) {
            rtt = readSamples(samples);
            result.rttNs(LatencyStats.summarize(rtt));
        }
        Histogram uncorrected = null;
        if (ScenarioType.of(scenario).correctedSamples()) {
            result.rate(pinger.rate());
            if (pinger.counts().samples() > 0) {
                uncorrected = readSamples(OpenLoopPeer.uncorrectedFile(samples));
                result.rttUncorrectedNs(LatencyStats.summarize(uncorrected));
            }
        }
        return new ForkOutcome(result.build(), rtt, pinger.identity().backendVersion(),
                pinger.identity().libzmqVersion(), uncorrected);
    }

    /**
     * ok, or what went wrong; a pattern that drops by design (PUB) reports drops as a figure. With
     * counted phases every message of the plan must arrive; otherwise every message sent.
     */
    private static String status(WorkerPhases phases, boolean drops, List<PeerRecord> records, long sent,
                                 long received) {
        List<String> errors = new ArrayList<>();
        for (PeerRecord record : records) {
            if (record.error() != null) {
                errors.add(record.identity().role() + ": " + record.error());
            }
        }
        long expected = phases.expectedMessages() >= 0 ? phases.expectedMessages() : sent;
        if (received < expected && !drops) {
            String lost = "lost " + (sent - received) + " of " + sent + " messages sent (" + received + " of "
                    + expected + " received)";
            errors.add(0, lost);
        }
        return errors.isEmpty() ? "ok" : String.join("; ", errors);
    }

    private static long maxOf(List<PeerRecord> records, ToLongFunction<PeerRecord> field) {
        return records.stream().mapToLong(field).max().orElseThrow();
    }

    private static Histogram readSamples(Path samples) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(samples)).order(ByteOrder.LITTLE_ENDIAN);
        Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NS, 3);
        while (bytes.remaining() >= Long.BYTES) {
            histogram.recordValue(Math.min(Math.max(bytes.getLong(), 0), HIGHEST_TRACKABLE_NS));
        }
        return histogram;
    }

    private static ForkOutcome failed(int fork, String why) {
        return new ForkOutcome(ForkResult.failed(fork, why), null, null, null);
    }
}
