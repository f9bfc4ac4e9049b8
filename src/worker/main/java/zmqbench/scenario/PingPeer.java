package zmqbench.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.LongSupplier;
import zmqbench.backend.ZmqSocket;

/**
 * Latency, active side: sends a message, waits for it to come back, and times every round trip
 * with a monotonic clock (libzmq's remote_lat, with every measured sample kept). The phases and the
 * timeline are the {@link PhaseTracker}'s, checked after each round trip, outside its interval; a
 * window's value is its RTT p50 (warm-up: found in place in a preallocated buffer at the window's
 * end; measured: from the kept samples after the end). When done the pinger sends the end marker,
 * a 0-byte frame, and waits for the echo's 0-byte answer.
 */
public final class PingPeer implements PhaseTracker.Side {

    /** A timed measurement's first guess at the shortest round trip, when there was no warm-up to tell. */
    private static final long GUESS_RTT_NS = 2_000;
    /** A timed measurement's sample buffer, at most (it grows beyond, allocating, only if really needed). */
    private static final int MAX_FIRST_SAMPLES = 4 << 20;

    private final ZmqSocket socket;
    private final PeerSpec spec;
    private final LongSupplier clock;
    private final PhaseTracker phases;
    private final PeerTally tally = new PeerTally();
    private final RoundTrips roundTrips = new RoundTrips();
    private long fastestWarmupP50 = Long.MAX_VALUE;

    PingPeer(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, LongSupplier clock, LongSupplier jitMillis) {
        this.socket = socket;
        this.spec = spec;
        this.clock = clock;
        this.phases = new PhaseTracker(spec, meter, this, false, clock, jitMillis);
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) throws IOException {
        PingPeer peer = new PingPeer(socket, spec, meter, System::nanoTime, ProcessMeter::jitActivityMillis);
        PeerTally tally = peer.measure();
        write(peer.roundTrips.kept(), peer.roundTrips.keptCount(), spec.samples());
        return tally;
    }

    /** Both phases, then the end marker; the samples stay in memory. */
    PeerTally measure() {
        byte[] payload = new byte[spec.size()];
        byte[] reply = new byte[spec.size()];
        long done = 0;
        phases.begin(clock.getAsLong(), 0);
        while (!phases.done()) {
            long start = clock.getAsLong();
            if (!socket.send(payload, payload.length, 0)) {
                tally.error = "send not accepted within " + spec.timeoutMs() + " ms (" + which(done) + ")";
                break;
            }
            tally.messagesSent++;
            int length = socket.receive(reply, 0);
            long end = clock.getAsLong();
            if (length < 0) {
                tally.error = "peer never answered within " + spec.timeoutMs() + " ms (" + which(done) + ")";
                break;
            }
            tally.messagesReceived++;
            if (length != payload.length) {
                tally.error = "reply of " + length + " bytes to a " + payload.length + "-byte message (" + which(done)
                        + ")";
                break;
            }
            done++;
            roundTrips.add(end - start);
            phases.check(end, done);
        }
        phases.end(clock.getAsLong(), done);
        phases.report(tally);
        tally.samples = roundTrips.keptCount();
        phases.timeline().setMeasuredMedians(roundTrips.kept(), roundTrips.keptCount());
        if (tally.error == null) {
            tally.error = EndMarker.exchange(socket, reply, spec.timeoutMs());
        }
        return tally;
    }

    /** The measured round trips, in order (ns). */
    long[] samples() {
        return Arrays.copyOf(roundTrips.kept(), roundTrips.keptCount());
    }


    @Override
    public double windowValue(long startNs, long endNs, long messages, boolean inMeasurement) {
        if (inMeasurement) {
            return Double.NaN; // from the kept samples, after the end
        }
        long p50 = roundTrips.closeWindow();
        if (p50 > 0) {
            fastestWarmupP50 = Math.min(fastestWarmupP50, p50);
        }
        return p50;
    }

    /** Room for every round trip of the measurement: its count, or its duration over the fastest warm-up p50. */
    @Override
    public void beforeMeasurement() {
        long room;
        if (spec.measurePhase().counted()) {
            room = spec.count();
        } else {
            long rtt = fastestWarmupP50 == Long.MAX_VALUE ? GUESS_RTT_NS : fastestWarmupP50;
            room = Math.min(MAX_FIRST_SAMPLES, 2 * spec.measurePhase().amount() * 1_000_000L / Math.max(rtt, 1) + 1024);
        }
        roundTrips.keepAll((int) room);
    }

    /** Names a round trip in an error: built only on the error path. */
    private String which(long done) {
        return phases.measuring() ? "measured round trip " + (roundTrips.keptCount() + 1)
                : "warm-up round trip " + (done + 1);
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
