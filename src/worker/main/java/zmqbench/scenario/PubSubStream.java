package zmqbench.scenario;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The pub-sub throughput stream: its message format and the rules both ends follow, so that a
 * pattern which drops messages is counted, never waited for. The C worker implements the same
 * stream (native/worker/pubsub.c); the two interoperate.
 *
 * <h2>Why it differs from the other throughput patterns</h2>
 * A PUB socket drops instead of blocking: at the high-water mark, and before the subscriber's
 * subscription has reached it (the "slow joiner"; the publisher cannot tell when that happens,
 * since PUB only sends). A receiver that waited for warm-up plus count messages could wait
 * forever, so every message says which one it is, and the receiver counts what is missing.
 *
 * <h2>Messages</h2>
 * Every message is --size bytes (at least {@value #HEADER_BYTES}): byte 0 is the topic, bytes 1-8
 * a little-endian signed 64-bit sequence number, the rest filler.
 * <ul>
 * <li>data: topic {@code 'D'}, sequence 0, 1, ...; with counted phases to warmup+count-1, the
 *     first warmup being the warm-up;
 * <li>other: topic {@code 'O'}, sent after every third data message (every 4th message of the
 *     stream), which the subscriber does not subscribe to: the filter is exercised, and a
 *     subscriber that sees one reports an error;
 * <li>hello: topic {@code 'D'}, sequence {@value #HELLO}, sent before the data;
 * <li>end: topic {@code 'D'}, sequence {@value #END}, sent after the data until released.
 * </ul>
 * The subscriber subscribes to {@code "D"} only, before it binds.
 *
 * <h2>Publisher (active side, connects; {@link PublisherPeer})</h2>
 * <ol>
 * <li>join: {@value #HELLO_MARKERS} hello markers, one every {@value #MARKER_PERIOD_MS} ms, give
 *     the connection and the subscription time to arrive before the data. It is a head start, not
 *     a handshake (PUB cannot hear back): whatever the slow joiner still eats comes out of the
 *     warm-up, which is never counted as dropped, so a generous warm-up keeps the measured part
 *     whole.
 * <li>data: every data message as fast as the socket takes it, with the other topic interleaved:
 *     warmup+count of them with counted phases; with timed ones until the parent says {@code stop}
 *     (the subscriber has measured enough). {@code counts.sent} counts data messages;
 *     {@code timing.enqueue_ns} times the measured ones (timed phases: all, as a throughput sender's).
 * <li>end: an end marker every {@value #MARKER_PERIOD_MS} ms (a marker the high-water mark drops
 *     is followed by another) until the parent releases it (a line on stdin, as the other
 *     throughput senders wait for; the receiver thread's end for inproc) or --timeout-ms passes.
 * </ol>
 *
 * <h2>Subscriber (passive side, binds; {@link SubscriberPeer})</h2>
 * Skips hellos. Counted phases: the clock starts at the first data message whose sequence is at
 * least warmup and stops at the last measured one (sequence warmup+count-1), or at the first end
 * marker when that one was dropped; {@code dropped} is count minus the measured data messages
 * received. Timed phases end at checks, as the throughput receiver's (warm-up by time or steady
 * state, measurement by time), and then say {@code measured}, so the parent stops the publisher;
 * {@code dropped} is the sequence numbers the measured span covers less the messages received in
 * it. {@code counts.received} counts data messages (warm-up included);
 * {@code counts.measured} those after the clock started, as for the other receivers. It stops at the first end
 * marker, or after --timeout-ms of silence: an error only when no data message came at all
 * (otherwise the publisher stopped early and says why in its own record, and dropped includes
 * what it never sent). A sequence number that is out of range or not increasing is an error:
 * ZeroMQ keeps one publisher's messages in order, so the drop count is exact.
 */
public final class PubSubStream {

    /** Topic byte plus sequence number: the smallest --size a pub-sub message can have. */
    static final int HEADER_BYTES = 1 + Long.BYTES;
    static final byte DATA_TOPIC = 'D';
    static final byte OTHER_TOPIC = 'O';
    /** Sequence of the markers before the data. */
    static final long HELLO = -2;
    /** Sequence of the markers after the data. */
    static final long END = -1;
    static final int HELLO_MARKERS = 100;
    static final int MARKER_PERIOD_MS = 1;
    /** One message on the other topic after every this many data messages. */
    static final int DATA_PER_OTHER = 3;

    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private PubSubStream() {
    }

    static byte[] subscription() {
        return new byte[] {DATA_TOPIC};
    }

    /** Writes the topic and the sequence number into the first {@value #HEADER_BYTES} bytes. */
    static void stamp(byte[] payload, byte topic, long sequence) {
        payload[0] = topic;
        LONG_LE.set(payload, 1, sequence);
    }

    static byte topic(byte[] payload) {
        return payload[0];
    }

    static long sequence(byte[] payload) {
        return (long) LONG_LE.get(payload, 1);
    }

    /** True when the data message with this sequence number is followed by one on the other topic. */
    static boolean otherFollows(long sequence) {
        return sequence % DATA_PER_OTHER == DATA_PER_OTHER - 1;
    }
}
