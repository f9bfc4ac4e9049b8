package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/**
 * Throughput, passive side: counts every message up to the sender's end marker (a 0-byte frame)
 * and times the measured interval, as libzmq's local_thr does; timing at the receiver is what makes
 * it a delivery rate (the sender only sees how fast it can enqueue). The phases and the timeline
 * are the {@link PhaseTracker}'s: with counted phases the interval runs from the last warm-up
 * message (the first message when there is no warm-up) to message warmup+count; with timed ones
 * it ends at a check, {@code measured} tells the parent (or the sender's thread) to stop the
 * sender, and the rest is received and counted, not timed. A sliced run's slices are the tracker's
 * too (see {@link PhaseTracker}); the parent's {@code end} stops its sender.
 */
public final class ReceiverPeer {

    static final PhaseTracker.Side DELIVERY_RATE = (startNs, endNs, messages, measured) ->
            endNs > startNs ? messages * 1e9 / (endNs - startNs) : 0;

    private ReceiverPeer() {
    }

    /**
     * Receives up to the end marker; {@code measured} runs once the measurement of timed phases is
     * over (it stops the sender).
     */
    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, Runnable measured) {
        return receive(socket, spec, PhaseTracker.of(spec, meter, DELIVERY_RATE, null, true),
                spec.counted() ? () -> { } : measured);
    }

    /** A sliced run: warm-up, then the slices {@code slices} asks for, then up to the end marker. */
    public static PeerTally runSliced(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SliceLink slices) {
        return receive(socket, spec, PhaseTracker.of(spec, meter, DELIVERY_RATE, slices, true), () -> { });
    }

    /** {@code measured} runs once the tracker's phases are over. */
    private static PeerTally receive(ZmqSocket socket, PeerSpec spec, PhaseTracker phases, Runnable measured) {
        PeerTally tally = new PeerTally();
        Frames frames = new Frames(socket, spec.pattern().passiveSeesEnvelope());
        byte[] buffer = new byte[spec.size()];
        long received = 0;
        long next = 1;
        while (true) {
            int length = frames.receive(buffer);
            if (length < 0) {
                phases.endAfterSilence(System.nanoTime(), received);
                tally.error = "timed out after " + spec.link().timeoutMs() + " ms: received " + received + " messages"
                        + (spec.counted() ? " of " + spec.total() : "") + ", and no end marker";
                break;
            }
            if (length == 0) {
                break;
            }
            received++;
            if (length != buffer.length) {
                tally.error = "message " + received + " has " + length + " bytes, expected " + buffer.length;
                break;
            }
            if (received == next) {
                long now = System.nanoTime();
                if (received == 1) {
                    phases.begin(now, received);
                } else if (!phases.check(now, received)) {
                    measured.run();
                }
                next = phases.done() ? 0 : phases.nextCheck(received);
            }
        }
        if (!phases.done()) {
            phases.end(System.nanoTime(), received);
        }
        phases.report(tally);
        tally.messagesReceived = received;
        if (tally.error == null && spec.counted() && received != spec.total()) {
            tally.error = "end marker after " + received + " of " + spec.total() + " messages";
        }
        return tally;
    }
}
