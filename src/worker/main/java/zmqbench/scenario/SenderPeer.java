package zmqbench.scenario;

import java.util.function.LongConsumer;
import zmqbench.backend.ZmqSocket;

/**
 * Throughput, active side: sends as fast as the socket takes them either warm-up plus measured
 * messages (counted phases) or messages until told to stop (timed phases: the receiver decides
 * when it has measured enough), then one end marker (a 0-byte frame), then holds the socket open
 * until the receiver has confirmed it got everything, because a sender that closes right after its
 * last send can lose the tail (libzmq 4.3.4 over ipc). A sliced run's sender sends its warm-up
 * (a count, or until stop), then P + N messages per slice line, then the end marker at the parent's
 * {@code end} (see {@link SenderSlices}).
 */
public final class SenderPeer {

    /** Tells the sender that the receiver is done, so closing cannot lose messages. */
    public interface Release {
        /** Waits at most {@code timeoutMs}; true when released, false on time-out. */
        boolean await(long timeoutMs) throws InterruptedException;
    }

    private SenderPeer() {
    }

    /**
     * Counted phases: the meter and {@code enqueueNs} cover the measured messages. Timed phases
     * ({@code control} says when to stop): they cover every message, since the sender cannot
     * tell where the receiver's measurement begins.
     */
    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control)
            throws InterruptedException {
        PeerTally tally = new PeerTally();
        byte[] payload = new byte[spec.size()];
        boolean sent;
        if (spec.counted()) {
            tally.warmupMessages = spec.warmup();
            sent = send(socket, payload, spec.warmup(), spec, tally);
            if (sent) {
                meter.start();
                long begin = System.nanoTime();
                sent = send(socket, payload, spec.count(), spec, tally);
                tally.enqueueNs = System.nanoTime() - begin;
                tally.measuredMessages = tally.messagesSent - spec.warmup();
            }
        } else {
            meter.start();
            long begin = System.nanoTime();
            sent = sendUntilStopped(socket, payload, spec, tally, control);
            tally.enqueueNs = System.nanoTime() - begin;
            tally.measuredMessages = tally.messagesSent;
        }
        return finish(socket, spec, meter, control, tally, sent);
    }

    /**
     * A sliced run: one loop from the warm-up to the end, whose only rare branch asks
     * {@link SenderSlices} for the next limit (and waits there between slices); {@code paused} hears
     * the messages sent each time a {@code stop} pauses it.
     */
    public static PeerTally runSliced(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                                      LongConsumer paused) throws InterruptedException {
        PeerTally tally = new PeerTally();
        byte[] payload = new byte[spec.size()];
        SenderSlices slices = new SenderSlices(spec, control, meter, paused);
        boolean sent = true;
        long limit = slices.firstLimit();
        while (limit >= 0) {
            if (tally.messagesSent == limit) {
                limit = slices.next(tally.messagesSent);
            } else if (socket.send(payload, payload.length, 0)) {
                tally.messagesSent++;
            } else {
                tally.error = blocked(spec, tally);
                sent = false;
                break;
            }
        }
        slices.report(tally);
        return finish(socket, spec, ProcessMeter.none(), control, tally, sent); // the slices' meter stopped at end
    }

    /** The end marker (unless sending failed), then the wait for the release, then the meter's stop. */
    private static PeerTally finish(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                                    PeerTally tally, boolean sent) throws InterruptedException {
        if (sent && !socket.send(EndMarker.FRAME, 0, 0)) {
            tally.error = "end marker not accepted within " + spec.link().timeoutMs() + " ms";
        }
        if (!control.await(spec.link().timeoutMs()) && tally.error == null) {
            tally.error = "receiver did not confirm delivery within " + spec.link().timeoutMs() + " ms";
        }
        meter.stop();
        return tally;
    }

    private static boolean send(ZmqSocket socket, byte[] payload, long messages, PeerSpec spec, PeerTally tally) {
        for (long i = 0; i < messages; i++) {
            if (!socket.send(payload, payload.length, 0)) {
                tally.error = blocked(spec, tally);
                return false;
            }
            tally.messagesSent++;
        }
        return true;
    }

    private static boolean sendUntilStopped(ZmqSocket socket, byte[] payload, PeerSpec spec, PeerTally tally,
                                            SenderControl control) {
        while (!control.stopRequested()) {
            if (!socket.send(payload, payload.length, 0)) {
                tally.error = blocked(spec, tally);
                return false;
            }
            tally.messagesSent++;
        }
        return true;
    }

    private static String blocked(PeerSpec spec, PeerTally tally) {
        return "send blocked for " + spec.link().timeoutMs() + " ms after " + tally.messagesSent
                + " messages (receiver gone?)";
    }
}
