package zmqbench.worker;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import zmqbench.backend.Backend;

/** A worker on a thread of the test, as the parent sees one: its stdout read line by line, its stdin written. */
final class WorkerThread {

    private static final long BOUND_MS = 20_000;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final PipedOutputStream stdin = new PipedOutputStream();
    private final BlockingQueue<Integer> exit = new LinkedBlockingQueue<>();

    private WorkerThread() {
    }

    /** Runs {@code WorkerMain} with {@code args}, finding the backend with {@code backends}. */
    static WorkerThread start(String[] args, Function<String, Backend> backends) throws IOException {
        WorkerThread worker = new WorkerThread();
        InputStream in = new PipedInputStream(worker.stdin);
        PrintStream out = new PrintStream(new LineSink(worker.lines), true, StandardCharsets.UTF_8);
        Thread thread = new Thread(() -> worker.exit.add(WorkerMain.run(args, out, in, backends)),
                "worker " + String.join(" ", args));
        thread.setDaemon(true);
        thread.start();
        return worker;
    }

    /** The next record it prints, within a bound. */
    JsonObject next() throws InterruptedException {
        String line = lines.poll(BOUND_MS, TimeUnit.MILLISECONDS);
        assertNotNull(line, "no record within " + BOUND_MS + " ms");
        return JsonParser.parseString(line).getAsJsonObject();
    }

    void tell(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** Its exit status, within a bound; its stdin is closed first (a reader thread of its own ends). */
    int exit() throws InterruptedException, IOException {
        stdin.close();
        Integer status = exit.poll(BOUND_MS, TimeUnit.MILLISECONDS);
        assertNotNull(status, "the worker did not finish within " + BOUND_MS + " ms");
        return status;
    }

    /** Collects what a worker prints, one line at a time. */
    private static final class LineSink extends OutputStream {
        private final BlockingQueue<String> lines;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSink(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
