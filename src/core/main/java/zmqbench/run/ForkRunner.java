package zmqbench.run;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.ForkResult;
import zmqbench.results.LatencySummary;
import zmqbench.scenario.OpenLoopPeer;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Role;
import zmqbench.scenario.ScenarioKind;
import zmqbench.stats.LatencyStats;
import zmqbench.protocol.ConnectTimeouts;
import zmqbench.protocol.WorkerArgs;

/**
 * Runs one fork of one cell: a single two-thread worker for inproc, or a binding and a connecting
 * worker (each its own process, as libzmq's local_* and remote_* tools) for ipc and tcp.
 */
final class ForkRunner {

    /** Longest a JVM may take to start and bind before it counts as hung. */
    private static final long STARTUP_ALLOWANCE_MS = 20_000;
    /** Generous per-message allowances: the deadline catches hangs, it does not judge speed. */
    private static final long ROUND_TRIP_ALLOWANCE_US = 2_000;
    private static final long MESSAGE_ALLOWANCE_US = 100;
    /** Histogram range: one hour in ns at 3 significant digits, as real-logic/benchmarks does. */
    private static final long HIGHEST_TRACKABLE_NS = TimeUnit.HOURS.toNanos(1);

    private final BackendCatalog catalog;
    private final CompareOptions options;
    private final Path scratch;
    private int endpointSerial;

    ForkRunner(BackendCatalog catalog, CompareOptions options, Path scratch) {
        this.catalog = catalog;
        this.options = options;
        this.scratch = scratch;
    }

    /**
     * Runs one fork with {@code passiveBackend} binding and {@code activeBackend} connecting (the
     * same backend, except in interop rows). Never throws for a failed measurement: the failure is
     * the fork's status.
     */
    ForkOutcome run(CellKey key, String passiveBackend, String activeBackend, int fork) throws InterruptedException {
        ScenarioKind scenario = ScenarioKind.parse(key.scenario());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMs(scenario));
        Path samples = scenario.roundTrips() ? scratch.resolve("samples-" + (++endpointSerial)) : null;
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            List<JsonObject> records = key.transport().equals("inproc")
                    ? runInproc(key, activeBackend, samples, deadline, workers)
                    : runPair(key, passiveBackend, activeBackend, samples, deadline, workers);
            return merge(fork, scenario, records, samples);
        } catch (WorkerProcess.WorkerFailure | IOException e) {
            return failed(fork, e.getMessage());
        } finally {
            workers.forEach(WorkerProcess::close);
            if (samples != null) {
                try {
                    Files.deleteIfExists(samples);
                    Files.deleteIfExists(OpenLoopPeer.uncorrectedFile(samples));
                } catch (IOException e) {
                    // scratch is removed with its directory at the end of the run
                }
            }
        }
    }

    private List<JsonObject> runInproc(CellKey key, String backend, Path samples, long deadline,
                                       List<WorkerProcess> workers)
            throws IOException, WorkerProcess.WorkerFailure, InterruptedException {
        PeerSpec spec = spec(key, backend, Role.BOTH, "inproc://zmqbench-" + (++endpointSerial), samples);
        WorkerProcess worker = start(backend, spec, workers);
        return List.of(worker.await("result", deadline));
    }

    private List<JsonObject> runPair(CellKey key, String passiveBackend, String activeBackend, Path samples,
                                     long deadline, List<WorkerProcess> workers)
            throws IOException, WorkerProcess.WorkerFailure, InterruptedException {
        WorkerProcess passive = start(passiveBackend, spec(key, passiveBackend, Role.BIND, bindEndpoint(key), null),
                workers);
        String endpoint = passive.await("ready", deadline).get("endpoint").getAsString();
        WorkerProcess active = start(activeBackend, spec(key, activeBackend, Role.CONNECT, endpoint, samples), workers);
        if (key.scenario().equals(ScenarioKind.THROUGHPUT.cliName())) {
            // The sender holds its socket open until the receiver has counted everything it will get.
            JsonObject received;
            try {
                received = passive.await("result", deadline);
            } finally {
                active.release();
            }
            return List.of(received, active.await("result", deadline));
        }
        JsonObject pinger = active.await("result", deadline);
        return List.of(passive.await("result", deadline), pinger);
    }

    private WorkerProcess start(String backend, PeerSpec spec, List<WorkerProcess> workers) throws IOException {
        List<String> command = new ArrayList<>(options.placement().prefix(spec.role()));
        command.addAll(catalog.workerCommand(backend));
        command.addAll(WorkerArgs.format(spec));
        WorkerProcess worker = WorkerProcess.start(backend + " " + spec.role().cliName(), command);
        workers.add(worker);
        return worker;
    }

    private PeerSpec spec(CellKey key, String backend, Role role, String endpoint, Path samples) {
        ScenarioKind scenario = ScenarioKind.parse(key.scenario());
        return new PeerSpec(backend, scenario, role, Pattern.parse(key.pattern()), endpoint, key.size(),
                options.count(scenario), options.warmup(scenario), key.hwm(), options.timeoutMs(), samples,
                scenario == ScenarioKind.OPEN_LOOP ? options.rate() : 0);
    }

    private String bindEndpoint(CellKey key) {
        return switch (key.transport()) {
            case "ipc" -> "ipc://" + scratch.resolve("zmqbench-" + (++endpointSerial) + ".ipc");
            case "tcp" -> "tcp://" + options.tcpAddress();
            default -> throw new IllegalArgumentException("no bind endpoint for transport " + key.transport());
        };
    }

    private long deadlineMs(ScenarioKind scenario) {
        long messages = options.count(scenario) + options.warmup(scenario);
        long perMessageUs = scenario.roundTrips() ? ROUND_TRIP_ALLOWANCE_US : MESSAGE_ALLOWANCE_US;
        long schedule = scenario == ScenarioKind.OPEN_LOOP ? messages * 1000 / options.rate() : 0;
        // The binder may wait ACCEPT_MS for the connecter's handshake before the timeouts start.
        return STARTUP_ALLOWANCE_MS + ConnectTimeouts.ACCEPT_MS + 2L * options.timeoutMs() + messages * perMessageUs / 1000 + schedule;
    }

    /** One fork's figures from its peers' records: the timed side's counts, both sides' costs. */
    private ForkOutcome merge(int fork, ScenarioKind scenario, List<JsonObject> records, Path samples)
            throws IOException {
        JsonObject timed = records.get(records.size() - 1);
        JsonObject receiver = records.get(0);
        long sent = scenario == ScenarioKind.THROUGHPUT ? maxOf(records, "messages_sent") : timed.get("messages_sent")
                .getAsLong();
        long received = scenario == ScenarioKind.THROUGHPUT ? receiver.get("messages_received").getAsLong()
                : timed.get("messages_received").getAsLong();
        JsonObject figures = scenario == ScenarioKind.THROUGHPUT ? receiver : timed;
        Histogram rtt = null;
        LatencySummary rttSummary = null;
        if (scenario.roundTrips() && timed.get("samples").getAsLong() > 0) {
            rtt = readSamples(samples);
            rttSummary = LatencyStats.summarize(rtt);
        }
        Histogram uncorrected = null;
        LatencySummary uncorrectedSummary = null;
        if (scenario == ScenarioKind.OPEN_LOOP && timed.get("samples").getAsLong() > 0) {
            uncorrected = readSamples(OpenLoopPeer.uncorrectedFile(samples));
            uncorrectedSummary = LatencyStats.summarize(uncorrected);
        }
        long targetRate = scenario == ScenarioKind.OPEN_LOOP ? longOr(timed, "target_rate", 0) : 0;
        double achievedRate = scenario == ScenarioKind.OPEN_LOOP && timed.has("achieved_rate")
                ? timed.get("achieved_rate").getAsDouble() : 0.0;
        boolean drops = Pattern.parse(figures.get("pattern").getAsString()).sequenced();
        ForkResult result = new ForkResult(fork, status(scenario, drops, records, sent, received), sent, received,
                figures.get("measured_messages").getAsLong(), figures.get("elapsed_ns").getAsLong(),
                maxOf(records, "enqueue_ns"), rttSummary, sumOf(records, "cpu_ns"), maxOf(records, "peak_rss_kb"),
                sumOf(records, "alloc_bytes"), sumOf(records, "gc_count"), sumOf(records, "gc_ns"),
                drops ? figures.get("dropped").getAsLong() : -1, uncorrectedSummary, targetRate, achievedRate);
        return new ForkOutcome(result, rtt, timed.get("backend_version").getAsString(),
                timed.get("libzmq_version").getAsString(), uncorrected);
    }

    /** ok, or what went wrong; a pattern that drops by design (PUB) reports drops as a figure. */
    private String status(ScenarioKind scenario, boolean drops, List<JsonObject> records, long sent,
                          long received) {
        List<String> errors = new ArrayList<>();
        for (JsonObject record : records) {
            if (record.has("error") && !record.get("error").isJsonNull()) {
                errors.add(record.get("role").getAsString() + ": " + record.get("error").getAsString());
            }
        }
        long expected = options.count(scenario) + options.warmup(scenario);
        if (received < expected && !drops) {
            String lost = "lost " + (sent - received) + " of " + sent + " messages sent (" + received + " of "
                    + expected + " received)";
            errors.add(0, lost);
        }
        return errors.isEmpty() ? "ok" : String.join("; ", errors);
    }

    /** Sum over the peers; -1 (not measured, e.g. JVM figures of the C worker) stays -1 if any is -1. */
    private static long sumOf(List<JsonObject> records, String field) {
        long sum = 0;
        for (JsonObject record : records) {
            long value = record.get(field).getAsLong();
            if (value < 0) {
                return -1;
            }
            sum += value;
        }
        return sum;
    }

    private static long longOr(JsonObject record, String field, long otherwise) {
        return record.has(field) && !record.get(field).isJsonNull() ? record.get(field).getAsLong() : otherwise;
    }

    private static long maxOf(List<JsonObject> records, String field) {
        long max = Long.MIN_VALUE;
        for (JsonObject record : records) {
            max = Math.max(max, record.get(field).getAsLong());
        }
        return max;
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
        return new ForkOutcome(new ForkResult(fork, why, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, -1), null, null, null);
    }
}
