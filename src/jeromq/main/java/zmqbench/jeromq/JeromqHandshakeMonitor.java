package zmqbench.jeromq;

import java.util.concurrent.TimeUnit;
import zmqbench.backend.HandshakeMonitor;

/**
 * JeroMQ's handshake wait, which also wakes a connection JeroMQ's poller lost.
 *
 * <p>JeroMQ 0.6.0's {@code zmq.poll.Poller} can lose a connection it has just made. On connect the
 * connecter cancels its handle for the channel and the stream engine adds a new one for the same
 * channel. The poller registers handles only when a flag says something changed; when the
 * engine's handle is added before a select has deregistered the cancelled key (the mailbox and
 * the connect are ready in the same select, as happens when a command's wake-up byte comes late),
 * {@code keyFor} still returns the old key, the new handle is skipped and the flag is cleared. The
 * TCP connection is up, the peer's greeting sits unread and ours is never sent; the hung worker's
 * selectors list no entry for the socket in {@code /proc/PID/fdinfo}. It shows with each peer
 * pinned to one CPU. Any later change to the poller's handles sets the flag again and the lost
 * handle is then registered, so when no handshake has come after {@link #FIRST_WAKE_MS} the
 * poller is woken that way, the wait doubling each time, within the caller's timeout. That
 * happens before anything is measured, and is said on stderr.
 */
final class JeromqHandshakeMonitor implements HandshakeMonitor {

    /** A handshake over loopback takes milliseconds; a lost one never completes. */
    static final int FIRST_WAKE_MS = 1000;

    /** Waits for the watched socket's handshake: {@link JeromqHandshakeEvents#within}. */
    @FunctionalInterface
    interface HandshakeWait {
        /** Whether the handshake has come, waiting for it up to {@code timeoutMs} (0: not at all). */
        boolean within(int timeoutMs);
    }

    private final HandshakeWait handshaken;
    private final Runnable wakePoller;
    private final Runnable stop;
    private final int firstWakeMs;

    JeromqHandshakeMonitor(HandshakeWait handshaken, Runnable wakePoller, Runnable stop, int firstWakeMs) {
        this.handshaken = handshaken;
        this.wakePoller = wakePoller;
        this.stop = stop;
        this.firstWakeMs = firstWakeMs;
    }

    @Override
    public boolean await(int timeoutMs) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        long sliceMs = firstWakeMs;
        while (true) {
            // rounded up, so that a wait that ends with nothing has reached the deadline
            long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1) - 1);
            if (handshaken.within((int) Math.max(0, Math.min(sliceMs, leftMs)))) {
                return true;
            }
            if (deadline - System.nanoTime() <= 0) {
                return false;
            }
            System.err.println("jeromq: no handshake after " + sliceMs + " ms; waking the I/O thread's poller"
                    + " (JeroMQ 0.6.0 can lose a new connection: README, Known limits)");
            wakePoller.run();
            sliceMs *= 2;
        }
    }

    @Override
    public void close() {
        stop.run();
    }
}
