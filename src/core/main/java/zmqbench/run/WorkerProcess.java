package zmqbench.run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One running worker. Its stdout is read line by line into protocol records and its stderr into
 * a short tail, both on their own threads so the child can never block on a full pipe (JMH's
 * lesson); a worker that outlives its deadline is killed.
 */
final class WorkerProcess implements AutoCloseable {

    private static final int STDERR_TAIL_LINES = 5;
    private static final JsonObject END = new JsonObject();

    private final String label;
    private final Process process;
    private final BlockingQueue<JsonObject> records = new LinkedBlockingQueue<>();
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
     * The next record of type {@code event}, skipping none: an error record or the end of output
     * fails with the worker's own message.
     */
    JsonObject await(String event, long deadlineNanos) throws WorkerFailure, InterruptedException {
        long waitNanos = deadlineNanos - System.nanoTime();
        JsonObject record = waitNanos > 0 ? records.poll(waitNanos, TimeUnit.NANOSECONDS) : records.poll();
        if (record == null) {
            throw new WorkerFailure(label + ": no '" + event + "' before the deadline; killed");
        }
        if (record == END) {
            records.add(END);
            throw new WorkerFailure(label + ": exited (status " + exitStatus() + ") without '" + event + "'"
                    + stderrSummary());
        }
        String type = record.has("event") ? record.get("event").getAsString() : "";
        if (type.equals("error")) {
            throw new WorkerFailure(label + ": " + record.get("message").getAsString());
        }
        if (!type.equals(event)) {
            throw new WorkerFailure(label + ": expected '" + event + "', got '" + type + "'");
        }
        return record;
    }

    /** Lets a throughput sender close: the receiver has everything it will get. */
    void release() {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write('\n');
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
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : "; stderr: " + String.join(" | ", stderrTail);
        }
    }

    private void onStdout(String line) {
        if (line.startsWith("{")) {
            try {
                records.add(JsonParser.parseString(line).getAsJsonObject());
                return;
            } catch (JsonSyntaxException | IllegalStateException e) {
                // not a record: keep it with stderr, where it helps explain a failure
            }
        }
        onStderr(line);
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
