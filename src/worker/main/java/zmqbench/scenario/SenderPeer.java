package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/**
 * Throughput, active side: sends warm-up plus measured messages as fast as the socket takes
 * them, then holds the socket open until the receiver has confirmed it got everything, because a
 * sender that closes right after its last send can lose the tail (libzmq 4.3.4 over ipc).
 */
public final class SenderPeer {

    /** Tells the sender that the receiver is done, so closing cannot lose messages. */
    public interface Release {
        /** Waits at most {@code timeoutMs}; true when released, false on time-out. */
        boolean await(long timeoutMs) throws InterruptedException;
    }

    private SenderPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, Release release)
            throws InterruptedException {
        PeerTally tally = new PeerTally();
        tally.warmupMessages = spec.warmup();
        byte[] payload = new byte[spec.size()];
        if (send(socket, payload, spec.warmup(), spec, tally)) {
            meter.start();
            long begin = System.nanoTime();
            send(socket, payload, spec.count(), spec, tally);
            tally.enqueueNs = System.nanoTime() - begin;
            tally.measuredMessages = tally.messagesSent - spec.warmup();
        }
        if (!release.await(spec.timeoutMs()) && tally.error == null) {
            tally.error = "receiver did not confirm delivery within " + spec.timeoutMs() + " ms";
        }
        meter.stop();
        return tally;
    }

    private static boolean send(ZmqSocket socket, byte[] payload, long messages, PeerSpec spec, PeerTally tally) {
        for (long i = 0; i < messages; i++) {
            if (!socket.send(payload, payload.length, 0)) {
                tally.error = "send blocked for " + spec.timeoutMs() + " ms after " + tally.messagesSent
                        + " messages (receiver gone?)";
                return false;
            }
            tally.messagesSent++;
        }
        return true;
    }
}
