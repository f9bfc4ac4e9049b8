package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/** Latency, passive side: returns every message to its sender (libzmq's local_lat). */
public final class EchoPeer {

    private EchoPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) {
        PeerTally tally = new PeerTally();
        tally.warmupMessages = spec.warmup();
        Frames frames = new Frames(socket, spec.pattern().passiveSeesEnvelope());
        byte[] buffer = new byte[spec.size()];
        long total = spec.total();
        for (long i = 0; i < total; i++) {
            if (i == spec.warmup()) {
                meter.start();
            }
            int length = frames.receive(buffer);
            if (length < 0) {
                tally.error = "peer sent nothing for " + spec.timeoutMs() + " ms (echoed " + i + " of " + total + ")";
                break;
            }
            tally.messagesReceived++;
            if (!frames.reply(buffer, Math.min(length, buffer.length))) {
                tally.error = "reply not accepted within " + spec.timeoutMs() + " ms (echoed " + i + " of " + total + ")";
                break;
            }
            tally.messagesSent++;
        }
        meter.stop();
        return tally;
    }
}
