/* The pub-sub throughput stream, as zmqbench.scenario.PubSubStream in the Java worker (the two
 * interoperate). PUB drops instead of blocking, at the high-water mark and before the
 * subscription has reached it (the slow joiner, which a PUB cannot observe), so every message
 * says which one it is and the receiver counts what is missing rather than waiting for it.
 *
 * Every message is --size bytes (at least PUBSUB_HEADER_BYTES): byte 0 the topic, bytes 1-8 a
 * little-endian signed 64-bit sequence number, the rest filler.
 *   data   topic 'D', sequence 0, 1, ... (counted phases: to warmup+count-1, the first warmup
 *          being the warm-up)
 *   other  topic 'O', after every third data message (every 4th message of the stream); the
 *          subscriber does not subscribe to it, so the filter is exercised, and one that arrives
 *          is an error
 *   hello  topic 'D', sequence -2, before the data
 *   end    topic 'D', sequence -1, after the data
 * The subscriber (bind side) subscribes to "D" before it binds.
 *
 * Publisher (connect side): PUBSUB_HELLO_MARKERS hellos, one every PUBSUB_MARKER_PERIOD_MS ms,
 * give the connection and the subscription time to arrive (a head start, not a handshake: a PUB
 * hears nothing back; what the slow joiner still eats comes out of the warm-up, never counted as
 * dropped). Then the data as fast as the socket takes it: warmup+count data messages with counted
 * phases, or with timed ones until the parent says `stop` (or the receiver thread's measurement
 * ends, --role both), asked every PUBSUB_STOP_EVERY messages (messages_sent counts data messages,
 * enqueue_ns times the measured ones; with timed phases all of them, as the publisher cannot tell
 * where the measurement began). Then an end marker every PUBSUB_MARKER_PERIOD_MS ms (a
 * dropped marker is followed by another) until released: a line on stdin (or EOF), as the other
 * throughput senders wait for, or the receiver thread's end with --role both; or --timeout-ms.
 *
 * Subscriber (bind side): skips hellos. Counted phases: the clock starts at the first data
 * message with a sequence >= warmup and stops at the last measured one (warmup+count-1), or at the
 * first end marker when that one was dropped; dropped = count - measured data messages received.
 * Timed phases end at checks, as the throughput receiver's (the warm-up by time or steady state,
 * the measurement by time), which then notices `measured` so that the publisher is stopped;
 * dropped = the sequence numbers the measured span covers less the messages received in it.
 * messages_received counts data messages (warm-up included), measured_messages those after the
 * clock started. It stops at the first end marker, or after --timeout-ms of silence: an error only when
 * no data message came at all. A sequence out of range or not increasing is an error (ZeroMQ keeps
 * one publisher's messages in order, so the count is exact). */
#ifndef ZMQBENCH_PUBSUB_H
#define ZMQBENCH_PUBSUB_H

#define PUBSUB_HEADER_BYTES 9
#define PUBSUB_DATA_TOPIC 'D'
#define PUBSUB_OTHER_TOPIC 'O'
#define PUBSUB_HELLO (-2)
#define PUBSUB_END (-1)
#define PUBSUB_HELLO_MARKERS 100
#define PUBSUB_MARKER_PERIOD_MS 1
#define PUBSUB_DATA_PER_OTHER 3
/* A timed publisher asks whether to stop every this many data messages. */
#define PUBSUB_STOP_EVERY 256

#endif
