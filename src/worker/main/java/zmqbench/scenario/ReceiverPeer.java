package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/**
 * Throughput, passive side: counts every message and times from the last warm-up message (the
 * first message when there is no warm-up) to the last one, as libzmq's local_thr does. Timing at
 * the receiver is what makes it a delivery rate; the sender only sees how fast it can enqueue.
 */
public final class ReceiverPeer {

    private ReceiverPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) {
        PeerTally tally = new PeerTally();
        tally.warmupMessages = spec.warmup();
        Frames frames = new Frames(socket, spec.pattern().passiveSeesEnvelope());
        byte[] buffer = new byte[spec.size()];
        long total = spec.total();
        long clockStartsAt = Math.max(spec.warmup(), 1);
        long begin = 0;
        long end = 0;
        long received = 0;
        while (received < total) {
            int length = frames.receive(buffer);
            if (length < 0) {
                // The last message came about one timeout before the give-up: end the interval there
                // rather than read the clock on every message.
                end = Math.max(begin, System.nanoTime() - spec.timeoutMs() * 1_000_000L);
                tally.error = "timed out after " + spec.timeoutMs() + " ms: received " + received + " of " + total
                        + " messages";
                break;
            }
            received++;
            if (length != buffer.length) {
                tally.error = "message " + received + " has " + length + " bytes, expected " + buffer.length;
                break;
            }
            if (received == clockStartsAt) {
                meter.start();
                begin = System.nanoTime();
            }
        }
        if (end == 0) {
            end = System.nanoTime();
        }
        meter.stop();
        tally.messagesReceived = received;
        if (received > clockStartsAt) {
            tally.elapsedNs = end - begin;
            tally.measuredMessages = received - clockStartsAt;
        }
        return tally;
    }
}
