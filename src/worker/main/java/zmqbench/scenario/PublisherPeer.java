package zmqbench.scenario;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import zmqbench.backend.ZmqSocket;

/**
 * Pub-sub throughput, active side: hello markers for the subscription to arrive, then the
 * sequence-numbered data with the unsubscribed topic interleaved (warm-up plus count with counted
 * phases; with timed ones until told to stop, the meter and {@code enqueueNs} then covering all of
 * it, as {@link SenderPeer}'s), then end markers until the parent releases it. The stream and its
 * rules are in {@link PubSubStream}.
 */
public final class PublisherPeer {

    private PublisherPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control)
            throws InterruptedException {
        return run(socket, spec, meter, control, PubSubStream.HELLO_MARKERS);
    }

    /** As {@link #run(ZmqSocket, PeerSpec, ProcessMeter, SenderControl)}, with a shorter join for tests. */
    static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                         int helloMarkers) throws InterruptedException {
        PeerTally tally = new PeerTally();
        byte[] payload = new byte[spec.size()];
        boolean released;
        if (join(socket, payload, helloMarkers, spec, tally) && publish(socket, payload, spec, meter, tally, control)) {
            released = endMarkers(socket, payload, spec, tally, control);
        } else {
            released = control.await(spec.link().timeoutMs());
        }
        if (!released && tally.error == null) {
            tally.error = "receiver did not confirm delivery within " + spec.link().timeoutMs() + " ms";
        }
        meter.stop();
        return tally;
    }

    private static boolean join(ZmqSocket socket, byte[] payload, int helloMarkers, PeerSpec spec,
                                PeerTally tally) {
        for (int i = 0; i < helloMarkers; i++) {
            if (!send(socket, payload, PubSubStream.DATA_TOPIC, PubSubStream.HELLO, spec, tally, "hello marker")) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PubSubStream.MARKER_PERIOD_MS));
        }
        return true;
    }

    private static boolean publish(ZmqSocket socket, byte[] payload, PeerSpec spec, ProcessMeter meter,
                                   PeerTally tally, SenderControl control) {
        boolean counted = spec.counted();
        long total = counted ? spec.total() : Long.MAX_VALUE;
        tally.warmupMessages = counted ? spec.warmup() : 0;
        long begin = 0;
        for (long sequence = 0; sequence < total; sequence++) {
            if (sequence == tally.warmupMessages) {
                meter.start();
                begin = System.nanoTime();
            }
            if (!counted && control.stopRequested()) {
                break;
            }
            if (!send(socket, payload, PubSubStream.DATA_TOPIC, sequence, spec, tally, "data message")) {
                return false;
            }
            tally.messagesSent++;
            if (PubSubStream.otherFollows(sequence)
                    && !send(socket, payload, PubSubStream.OTHER_TOPIC, sequence, spec, tally, "other-topic message")) {
                return false;
            }
        }
        tally.enqueueNs = System.nanoTime() - begin;
        return true;
    }

    /** True when released; false when --timeout-ms passed first (or a marker could not be sent). */
    private static boolean endMarkers(ZmqSocket socket, byte[] payload, PeerSpec spec, PeerTally tally,
                                      SenderPeer.Release release) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(spec.link().timeoutMs());
        while (send(socket, payload, PubSubStream.DATA_TOPIC, PubSubStream.END, spec, tally, "end marker")) {
            if (release.await(PubSubStream.MARKER_PERIOD_MS)) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean send(ZmqSocket socket, byte[] payload, byte topic, long sequence, PeerSpec spec,
                                PeerTally tally, String what) {
        PubSubStream.stamp(payload, topic, sequence);
        if (socket.send(payload, payload.length, 0)) {
            return true;
        }
        tally.error = what + " not accepted within " + spec.link().timeoutMs() + " ms after " + tally.messagesSent
                + " data messages";
        return false;
    }
}
