package zmqbench.scenario;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What the parent (or, inproc, the receiver's thread) tells a throughput sender: stop sending (a
 * timed run's receiver has measured enough; a sliced run's has warmed up), and release the socket
 * (the receiver has everything, so closing cannot lose messages). A release also stops. A sliced
 * run's sender also takes its slice lines here, in order with its stops, and blocks (no CPU) until
 * the next; a release reads as {@code end} to a sender still waiting for lines.
 */
public final class SenderControl implements SenderPeer.Release {

    private volatile boolean stop;
    private final CountDownLatch released = new CountDownLatch(1);
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /** Stop sending: send the end marker, then wait for the release (sliced: pause, then wait for a line). */
    public void requestStop() {
        stop = true;
        lines.add(SliceCommand.STOP_LINE);
    }

    public void release() {
        stop = true;
        lines.add(SliceCommand.END_LINE);
        released.countDown();
    }

    /** A sliced run's line for the sender: {@code slice N P} or {@code end}. */
    public void command(String line) {
        lines.add(line);
    }

    /** Read once per message by a timed sender: a plain volatile read. */
    public boolean stopRequested() {
        return stop;
    }

    /** Sliced: blocks until the next line (an interrupt reads as end); taking a {@code stop} clears the request. */
    SliceCommand next() {
        SliceCommand command;
        try {
            command = SliceCommand.parse(lines.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SliceCommand.END;
        }
        if (command.kind() == SliceCommand.Kind.STOP) {
            stop = false;
        }
        return command;
    }

    @Override
    public boolean await(long timeoutMs) throws InterruptedException {
        return released.await(timeoutMs, TimeUnit.MILLISECONDS);
    }
}
