package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/**
 * Receives one payload, skipping the routing-id frame a ROUTER puts in front of it, and sends a
 * reply back through the same envelope. Keeps the peers' loops free of pattern details.
 */
final class Frames {

    private final ZmqSocket socket;
    private final boolean envelope;
    private final byte[] routingId = new byte[256];
    private int routingIdLength;

    Frames(ZmqSocket socket, boolean envelope) {
        this.socket = socket;
        this.envelope = envelope;
    }

    /** The payload's size, or -1 when RCVTIMEO expired. */
    int receive(byte[] payload) {
        if (envelope) {
            routingIdLength = socket.receive(routingId, 0);
            if (routingIdLength < 0) {
                return -1;
            }
        }
        return socket.receive(payload, 0);
    }

    /** Sends a reply to the peer the last payload came from; false when SNDTIMEO expired. */
    boolean reply(byte[] payload, int length) {
        if (envelope && !socket.send(routingId, routingIdLength, ZmqSocket.SNDMORE)) {
            return false;
        }
        return socket.send(payload, length, 0);
    }
}
