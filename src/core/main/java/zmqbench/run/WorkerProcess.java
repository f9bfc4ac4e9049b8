package zmqbench.run;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.DescribeRecord;
import zmqbench.protocol.ErrorRecord;
import zmqbench.protocol.Json;
import zmqbench.protocol.MeasuredRecord;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.PausedRecord;
import zmqbench.protocol.ReadyRecord;
import zmqbench.protocol.SliceRecord;
import zmqbench.protocol.WarmRecord;

/**
 * One running worker. Its stdout is read line by line into typed protocol records and its stderr
 * into a short tail, both on their own threads so the child can never block on a full pipe (JMH's
 * lesson); a worker that outlives its deadline is killed. A stdout line that is not a record of a
 * known event goes to the stderr tail, where it helps explain a failure.
 */
final class WorkerProcess implements AutoCloseable {

    private static final int STDERR_TAIL_LINES = 5;
    /** Marks the end of stdout in the queue. */
    private static final Object END = new Object();
    /** Every record a worker prints, by its {@code event}. */
    private static final Map<String, Class<? extends Record>> RECORDS = Map.of(
            ReadyRecord.EVENT, ReadyRecord.class,
            PeerRecord.EVENT, PeerRecord.class,
            MeasuredRecord.EVENT, MeasuredRecord.class,
            ErrorRecord.EVENT, ErrorRecord.class,
            DescribeRecord.EVENT, DescribeRecord.class,
            ProbeRecord.EVENT, ProbeRecord.class,
            WarmRecord.EVENT, WarmRecord.class,
            PausedRecord.EVENT, PausedRecord.class,
            SliceRecord.EVENT, SliceRecord.class,
            CrossingRecord.EVENT, CrossingRecord.class);

    private final String label;
    private final Process process;
    private final BlockingQueue<Object> records = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final Thread stderrReader;

    private WorkerProcess(String label, Process process) {
        this.label = label;
        this.process = process;
        drain(process.getInputStream(), this::onStdout, "stdout");
        stderrReader = drain(process.getErrorStream(), this::onStderr, "stderr");
    }

    static WorkerProcess start(String label, List<String> command) throws IOException {
        return new WorkerProcess(label, new ProcessBuilder(command).start());
    }

    /**
     * The next record of {@code type}, skipping only a {@code measured} record nobody asked for (a
     * receiver may print one in count mode too): an error record, another record or the end of
     * output fails with the worker's own message.
     */
    <T extends Record> T await(Class<T> type, long deadlineNanos) throws WorkerFailure, InterruptedException {
        String event = eventOf(type);
        while (true) {
            long waitNanos = deadlineNanos - System.nanoTime();
            Object record = waitNanos > 0 ? records.poll(waitNanos, TimeUnit.NANOSECONDS) : records.poll();
            if (record == null) {
                throw new WorkerFailure(label + ": no '" + event + "' before the deadline; killed");
            }
            if (record == END) {
                records.add(END);
                throw new WorkerFailure(label + ": exited (status " + exitStatus() + ") without '" + event + "'"
                        + stderrSummary());
            }
            if (type.isInstance(record)) {
                return type.cast(record);
            }
            if (record instanceof ErrorRecord error) {
                throw new WorkerFailure(label + ": " + error.message());
            }
            if (!(record instanceof MeasuredRecord)) {
                throw new WorkerFailure(label + ": expected '" + event + "', got '" + eventOf(record.getClass()) + "'");
            }
        }
    }

    /** Tells a throughput sender whose measurement is timed to stop sending and end its stream. */
    void stop() throws WorkerFailure {
        send("stop");
    }

    /** Writes one line of the protocol on the worker's stdin (stop, slice, end). */
    void send(String line) throws WorkerFailure {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            stdin.flush();
        } catch (IOException e) {
            throw new WorkerFailure(label + ": could not be sent '" + line + "' (" + e.getMessage() + ")"
                    + stderrTail());
        }
    }

    /** The process id: of the worker here, or of its ssh client for a far worker. */
    long pid() {
        return process.pid();
    }

    /** Lets a throughput sender close: the receiver has everything it will get. */
    void release() {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write("release\n".getBytes(StandardCharsets.US_ASCII));
            stdin.close();
        } catch (IOException e) {
            // the sender is gone already; its record (or its absence) tells the rest
        }
    }

    /** Hangs up the worker's stdin first: a far worker's channel ends, and the far worker with it. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed by release(), or the worker is gone
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int exitStatus() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The last lines of stderr, once the dead worker's stderr has been read to its end. */
    private String stderrSummary() throws InterruptedException {
        stderrReader.join(TimeUnit.SECONDS.toMillis(2));
        return stderrTail();
    }

    private String stderrTail() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : "; stderr: " + String.join(" | ", stderrTail);
        }
    }

    private void onStdout(String line) {
        Record record = parse(line);
        if (record != null) {
            records.add(record);
        } else {
            onStderr(line);
        }
    }

    /** The typed record on {@code line}, or null when it is not one of a known event. */
    static Record parse(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            JsonElement event = json.get("event");
            Class<? extends Record> type = event != null && event.isJsonPrimitive()
                    ? RECORDS.get(event.getAsString()) : null;
            return type == null ? null : Json.GSON.fromJson(json, type);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String eventOf(Class<?> type) {
        for (Map.Entry<String, Class<? extends Record>> entry : RECORDS.entrySet()) {
            if (entry.getValue() == type) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("not a worker record: " + type.getName());
    }

    private void onStderr(String line) {
        synchronized (stderrTail) {
            stderrTail.addLast(line);
            if (stderrTail.size() > STDERR_TAIL_LINES) {
                stderrTail.removeFirst();
            }
        }
    }

    private Thread drain(InputStream stream, Consumer<String> sink, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // the process went away; END below says so
            }
            if (name.equals("stdout")) {
                records.add(END);
            }
        }, "zmqbench-" + label + "-" + name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** A worker that failed, timed out or said something unexpected: one line for the user. */
    static final class WorkerFailure extends Exception {
        WorkerFailure(String message) {
            super(message);
        }
    }
}
