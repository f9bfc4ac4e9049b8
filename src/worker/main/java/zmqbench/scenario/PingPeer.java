package zmqbench.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import zmqbench.backend.ZmqSocket;

/**
 * Latency, active side: sends a message, waits for it to come back, and times each measured
 * round trip with {@link System#nanoTime()} (libzmq's remote_lat, with every sample kept).
 */
public final class PingPeer {

    private PingPeer() {
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) throws IOException {
        PeerTally tally = new PeerTally();
        tally.warmupMessages = spec.warmup();
        byte[] payload = new byte[spec.size()];
        byte[] reply = new byte[spec.size()];
        long[] samples = new long[(int) spec.count()];
        for (long i = 0; i < spec.warmup(); i++) {
            if (!roundTrip(socket, payload, reply, spec, tally, "warm-up round trip " + (i + 1))) {
                return tally;
            }
        }
        meter.start();
        long begin = System.nanoTime();
        int measured = 0;
        while (measured < samples.length) {
            long start = System.nanoTime();
            if (!roundTrip(socket, payload, reply, spec, tally, "round trip " + (measured + 1))) {
                break;
            }
            samples[measured++] = System.nanoTime() - start;
        }
        tally.elapsedNs = System.nanoTime() - begin;
        meter.stop();
        tally.measuredMessages = measured;
        tally.samples = measured;
        write(samples, measured, spec.samples());
        return tally;
    }

    private static boolean roundTrip(ZmqSocket socket, byte[] payload, byte[] reply, PeerSpec spec, PeerTally tally,
                                     String which) {
        if (!socket.send(payload, payload.length, 0)) {
            tally.error = "send not accepted within " + spec.timeoutMs() + " ms (" + which + " of " + spec.total() + ")";
            return false;
        }
        tally.messagesSent++;
        int length = socket.receive(reply, 0);
        if (length < 0) {
            tally.error = "peer never answered within " + spec.timeoutMs() + " ms (" + which + ")";
            return false;
        }
        tally.messagesReceived++;
        if (length != payload.length) {
            tally.error = "reply of " + length + " bytes to a " + payload.length + "-byte message (" + which + ")";
            return false;
        }
        return true;
    }

    /** Samples file of the worker protocol: little-endian int64 nanoseconds, one per round trip. */
    static void write(long[] samples, int count, Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(count * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(samples, 0, count);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
    }
}
