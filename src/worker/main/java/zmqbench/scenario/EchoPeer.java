package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/**
 * Latency and open-loop, passive side: returns every message to its sender (libzmq's local_lat)
 * until the end marker, a 0-byte frame, which it answers with a 0-byte frame before it finishes;
 * so it never needs to know the phases. It cannot tell warm-up from measurement either, so its
 * meter covers its whole run after the first message (whose first-time costs, such as linking
 * call sites, would otherwise dominate a short run) up to the end marker, and its
 * {@code counts.measured} are the messages echoed in that span: its costs per message are over
 * those. Its meter reads fall inside the pinger's second round trip, a warm-up one unless there is
 * none. In a sliced pair the parent says when the warm-up is over ({@link ProcessMeter#requestRestart},
 * from stdin): the meter starts again at the next message, the first of the first slice's untimed
 * pre-roll, so that the warm-up's allocation and compilation stay out of the figures.
 */
public final class EchoPeer {

    private EchoPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) {
        PeerTally tally = new PeerTally();
        Frames frames = new Frames(socket, spec.pattern().passiveSeesEnvelope());
        byte[] buffer = new byte[spec.size()];
        long meteredFrom = 1;
        while (true) {
            int length = frames.receive(buffer);
            if (length < 0) {
                tally.error = "peer sent nothing for " + spec.link().timeoutMs() + " ms (echoed " + tally.messagesSent
                        + " messages, no end marker)";
                break;
            }
            if (length == 0) {
                if (!frames.reply(EndMarker.FRAME, 0)) {
                    tally.error = "answer to the end marker not accepted within " + spec.link().timeoutMs() + " ms";
                }
                break;
            }
            tally.messagesReceived++;
            if (!frames.reply(buffer, Math.min(length, buffer.length))) {
                tally.error = "reply not accepted within " + spec.link().timeoutMs() + " ms (echoed "
                        + tally.messagesSent + " messages)";
                break;
            }
            // a volatile read a message: the restart request of a sliced pair, never set otherwise
            if (++tally.messagesSent == 1 || meter.restartRequested()) {
                meter.start();
                meteredFrom = tally.messagesSent;
            }
        }
        meter.stop();
        tally.measuredMessages = Math.max(0, tally.messagesSent - meteredFrom);
        return tally;
    }
}
