package zmqbench.scenario;

import java.util.function.LongSupplier;
import zmqbench.backend.ZmqSocket;

/**
 * Pub-sub throughput, passive side: counts the sequence-numbered data until the end marker (or a
 * silence of --timeout-ms), times the measured part, and counts the measured messages that never
 * came as {@code dropped}. The stream and its rules are in {@link PubSubStream}; the socket has
 * subscribed to the data topic before it was bound. The timeline is the {@link PhaseTracker}'s,
 * checked every {@code n} messages as {@link ReceiverPeer}'s (a window's value: delivered msg/s).
 * Counted phases end by sequence number, since drops make the count received no guide; timed ones
 * end at a check, as the receiver's, and {@code measured} then tells the parent to stop the
 * publisher, whose end markers the subscriber still waits for.
 */
public final class SubscriberPeer {

    private SubscriberPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, Runnable measured) {
        return run(socket, spec, meter, PhaseTracker.of(spec, meter, ReceiverPeer.DELIVERY_RATE, null, true),
                System::nanoTime, measured);
    }

    /** The subscriber on {@code clock}, which {@code phases} reads too (tests pass a fake). */
    static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, PhaseTracker phases,
                         LongSupplier clock, Runnable measured) {
        PeerTally tally = new PeerTally();
        byte[] buffer = new byte[spec.size()];
        boolean counted = spec.counted();
        long warmup = spec.warmup();
        long last = counted ? spec.total() - 1 : Long.MAX_VALUE;
        long previous = -1;
        long received = 0;
        long measuredCount = 0;
        long next = 1;
        MeasuredSpan span = new MeasuredSpan();
        while (true) {
            int length = socket.receive(buffer, 0);
            if (length < 0) {
                if (received == 0) {
                    tally.error = "timed out after " + spec.link().timeoutMs() + " ms: received no data message";
                    break;
                }
                phases.endAfterSilence(clock.getAsLong(), received);
                tally.dropped = counted ? spec.count() - measuredCount : span.dropped(previous, received);
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
                phases.end(clock.getAsLong(), received);
                tally.dropped = counted ? spec.count() - measuredCount : span.dropped(previous, received);
                break;
            }
            if (sequence <= previous || sequence > last) {
                tally.error = "data message " + sequence + " after " + previous + " (expected 0 to " + last
                        + ", increasing)";
                break;
            }
            previous = sequence;
            received++;
            if (!counted) {
                if (received == next) {
                    long now = clock.getAsLong();
                    if (received == 1) {
                        phases.begin(now, received);
                    } else if (!phases.check(now, received)) {
                        span.end(sequence, received);
                        measured.run();
                    }
                    if (phases.measuring()) {
                        span.begin(sequence, received);
                    }
                    next = phases.done() ? 0 : phases.nextCheck(received);
                }
                continue;
            }
            // Counts the measured messages. The clock starts at the first measured one and stops at
            // the last one: their own clock reads; between them, a read every n messages closes the
            // windows.
            boolean first = sequence >= warmup && ++measuredCount == 1;
            if (received == next || first || sequence == last) {
                long now = clock.getAsLong();
                if (received == 1) {
                    phases.begin(now, received);
                } else if (!first && sequence != last) {
                    phases.check(now, received);
                }
                if (first) {
                    phases.endWarmup(now, received);
                }
                if (sequence == last) {
                    phases.end(now, received);
                }
                next = phases.done() ? 0 : phases.nextCheck(received);
            }
        }
        phases.end(clock.getAsLong(), received);
        phases.report(tally);
        tally.messagesReceived = received;
        if (counted) {
            tally.warmupMessages = warmup;
        }
        return tally;
    }

    /**
     * Timed phases: the sequence numbers and counts received where the measurement began and
     * ended; what the span's numbers name but never came was dropped.
     */
    private static final class MeasuredSpan {
        private long firstSequence = -1;
        private long firstReceived;
        private long lastSequence = -1;
        private long lastReceived;

        /** The measurement is on at {@code sequence}: the first call marks its start. */
        void begin(long sequence, long received) {
            if (firstSequence < 0) {
                firstSequence = sequence;
                firstReceived = received;
            }
        }

        void end(long sequence, long received) {
            lastSequence = sequence;
            lastReceived = received;
        }

        /** Dropped within the span; a span still open ends at {@code sequence}, {@code received}. */
        long dropped(long sequence, long received) {
            if (firstSequence < 0) {
                return 0;
            }
            if (lastSequence < 0) {
                end(sequence, received);
            }
            return (lastSequence - firstSequence) - (lastReceived - firstReceived);
        }
    }
}
