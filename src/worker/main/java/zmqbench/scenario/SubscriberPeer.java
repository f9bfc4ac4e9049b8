package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/**
 * Pub-sub throughput, passive side: counts the sequence-numbered data until the end marker (or a
 * silence of --timeout-ms), times the measured part, and counts the measured messages that never
 * came as {@code dropped}. The stream and its rules are in {@link PubSubStream}; the socket has
 * subscribed to the data topic before it was bound.
 */
public final class SubscriberPeer {

    private SubscriberPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) {
        PeerTally tally = new PeerTally();
        tally.warmupMessages = spec.warmup();
        byte[] buffer = new byte[spec.size()];
        long warmup = spec.warmup();
        long last = spec.total() - 1;
        long previous = -1;
        long measured = 0;
        long begin = 0;
        long end = 0;
        while (true) {
            int length = socket.receive(buffer, 0);
            if (length < 0) {
                if (tally.messagesReceived == 0) {
                    tally.error = "timed out after " + spec.timeoutMs() + " ms: received no data message";
                    break;
                }
                // The last message came about one timeout before the give-up (as in ReceiverPeer).
                end = end != 0 ? end : Math.max(begin, System.nanoTime() - spec.timeoutMs() * 1_000_000L);
                tally.dropped = spec.count() - measured;
                break;
            }
            if (length != buffer.length) {
                tally.error = "message has " + length + " bytes, expected " + buffer.length;
                break;
            }
            if (PubSubStream.topic(buffer) != PubSubStream.DATA_TOPIC) {
                tally.error = "received topic '" + (char) (PubSubStream.topic(buffer) & 0xff)
                        + "', which is not subscribed: the subscription filter let it through";
                break;
            }
            long sequence = PubSubStream.sequence(buffer);
            if (sequence == PubSubStream.HELLO) {
                continue;
            }
            if (sequence == PubSubStream.END) {
                if (measured > 0 && end == 0) {
                    end = System.nanoTime();
                }
                tally.dropped = spec.count() - measured;
                break;
            }
            if (sequence <= previous || sequence > last) {
                tally.error = "data message " + sequence + " after " + previous + " (expected 0 to " + last
                        + ", increasing)";
                break;
            }
            previous = sequence;
            tally.messagesReceived++;
            if (sequence >= warmup) {
                if (++measured == 1) {
                    meter.start();
                    begin = System.nanoTime();
                }
                if (sequence == last) {
                    end = System.nanoTime();
                }
            }
        }
        meter.stop();
        if (measured > 0) {
            tally.measuredMessages = measured - 1;
            tally.elapsedNs = Math.max(0, end - begin);
        }
        return tally;
    }
}
