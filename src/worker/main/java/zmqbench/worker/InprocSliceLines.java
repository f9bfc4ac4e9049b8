package zmqbench.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import zmqbench.scenario.SenderControl;
import zmqbench.scenario.SliceCommand;

/**
 * A sliced inproc run (--role both --slices): one thread reads the parent's lines and hands them
 * on in-process, each to the timed side first, then, for throughput, slice and end lines to the
 * sender thread. The sender pauses in-process when the receiver has warmed up, so no {@code stop}
 * or {@code paused} crosses stdin (a stop line is ignored), and the receiver's slice lines carry
 * the sender's own total as S, whatever the parent wrote.
 */
final class InprocSliceLines implements LineSource {

    /** What the timed side reads at the end of the parent's lines: no line holds a line break. */
    private static final String END_OF_INPUT = "\n";

    private final BlockingQueue<String> timedSide = new LinkedBlockingQueue<>();
    private final SenderControl sender;
    private final BlockingQueue<Long> pausedAt = new LinkedBlockingQueue<>();

    /** {@code sender}: the throughput sender's control; null for latency. */
    InprocSliceLines(SenderControl sender) {
        this.sender = sender;
    }

    /** The sender paused (inproc, at the receiver's warm-up end) after sending {@code sent}. */
    void paused(long sent) {
        pausedAt.add(sent);
    }

    /** Reads {@code in} on a daemon thread until its end, handing the lines on. */
    void start(InputStream in) {
        Thread reader = new Thread(() -> {
            try {
                handOn(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // a broken stdin ends the lines, as its end does
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timedSide.add(END_OF_INPUT);
            if (sender != null) {
                sender.command(SliceCommand.END_LINE);
            }
        }, "zmqbench-slice-lines");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public String readLine() throws IOException {
        try {
            String line = timedSide.take();
            return line.equals(END_OF_INPUT) ? null : line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public boolean ready() {
        return !timedSide.isEmpty();
    }

    private void handOn(BufferedReader lines) throws IOException, InterruptedException {
        long sent = -1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals(SliceCommand.STOP_LINE)) {
                continue;
            }
            SliceCommand slice = sender == null ? null : sliceOrNull(line);
            if (slice == null) { // the timed side reads it as it is (and fails on a bad line)
                timedSide.add(line);
                if (sender != null && line.equals(SliceCommand.END_LINE)) {
                    sender.command(line);
                }
                continue;
            }
            if (sent < 0) {
                sent = pausedAt.take();
            }
            timedSide.add(slice.withSentBefore(sent));
            sender.command(slice.senderLine());
            sent += slice.preRoll() + slice.messages();
        }
    }

    private static SliceCommand sliceOrNull(String line) {
        try {
            SliceCommand command = SliceCommand.parse(line);
            return command.kind() == SliceCommand.Kind.SLICE ? command : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
