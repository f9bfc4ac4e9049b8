package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/**
 * The end of a stream: one 0-byte frame, which no payload can be (every --size is at least 1).
 * The pinger and the throughput sender send it when done, so that the echo and the receiver
 * never need to know how many messages will come; the echo answers it with one of its own.
 */
final class EndMarker {

    static final byte[] FRAME = new byte[0];

    private EndMarker() {
    }

    /** The active side of a round-trip scenario sends the marker and waits for the echo's: null, or what went wrong. */
    static String exchange(ZmqSocket socket, byte[] reply, int timeoutMs) {
        if (!socket.send(FRAME, 0, 0)) {
            return "end marker not accepted within " + timeoutMs + " ms";
        }
        int length = socket.receive(reply, 0);
        if (length < 0) {
            return "echo did not answer the end marker within " + timeoutMs + " ms";
        }
        return length == 0 ? null : "echo answered the end marker with " + length + " bytes, not 0";
    }
}
