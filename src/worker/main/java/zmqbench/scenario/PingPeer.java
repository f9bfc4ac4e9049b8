package zmqbench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import zmqbench.backend.ZmqSocket;

/**
 * Latency, active side: sends a message, waits for it to come back, and times every round trip
 * with a monotonic clock (libzmq's remote_lat, with every measured sample kept). The phases and the
 * timeline are the {@link PhaseTracker}'s, checked after each round trip, outside its interval; a
 * window's value is its RTT p50 (warm-up: found in place in a preallocated buffer at the window's
 * end; measured: from the kept samples after the end). When done the pinger sends the end marker,
 * a 0-byte frame, and waits for the echo's 0-byte answer.
 *
 * <p>With a quiet gap ({@link PeerSpec#gapNs()}, sparse) it sleeps that long before each measured
 * round trip, outside its interval; the warm-up stays back to back.
 *
 * <p>A sliced run keeps each slice's pre-roll and measured round trips on the same path, from the
 * start of one array that grows only for a slice larger than any before; at the slice's end, outside
 * its round trips, it appends them to the samples file, then finds their p50 and p99 in place.
 */
public final class PingPeer implements PhaseTracker.Side {

    /** A timed measurement's first guess at the shortest round trip, when there was no warm-up to tell. */
    private static final long GUESS_RTT_NS = 2_000;
    /** A timed measurement's sample buffer, at most (it grows beyond, allocating, only if really needed). */
    private static final int MAX_FIRST_SAMPLES = 4 << 20;
    /** Slices as long as the first that its room holds before an array grows. */
    private static final int SLICE_HEADROOM = 4;

    private final ZmqSocket socket;
    private final PeerSpec spec;
    private final LongSupplier clock;
    private final PhaseTracker phases;
    private final PeerTally tally = new PeerTally();
    private final RoundTrips roundTrips = new RoundTrips();
    private final SamplesFile slicedSamples;
    private boolean sliceRoomMade;
    private long fastestWarmupP50 = Long.MAX_VALUE;

    /** {@code slices} and {@code slicedSamples}: a sliced run's link and samples file, else null. */
    PingPeer(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SliceLink slices, SamplesFile slicedSamples,
             LongSupplier clock, LongSupplier jitMillis) {
        this.socket = socket;
        this.spec = spec;
        this.clock = clock;
        this.slicedSamples = slicedSamples;
        this.phases = new PhaseTracker(spec, meter, this, slices, false, clock, jitMillis);
    }

    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) throws IOException {
        PingPeer peer = new PingPeer(socket, spec, meter, null, null, System::nanoTime,
                ProcessMeter::jitActivityMillis);
        PeerTally tally = peer.measure();
        SamplesFile.write(peer.roundTrips.kept(), peer.roundTrips.keptCount(), spec.samples());
        return tally;
    }

    /** A sliced run (see the slice protocol): slices as {@code slices} asks, each appended to the samples file. */
    public static PeerTally runSliced(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SliceLink slices)
            throws IOException {
        try (SamplesFile samples = SamplesFile.create(spec.samples())) {
            return new PingPeer(socket, spec, meter, slices, samples, System::nanoTime,
                    ProcessMeter::jitActivityMillis).measure();
        }
    }

    /** Both phases, then the end marker; the samples stay in memory. */
    PeerTally measure() {
        byte[] payload = new byte[spec.size()];
        byte[] reply = new byte[spec.size()];
        long done = 0;
        phases.begin(clock.getAsLong(), 0);
        // Never true without a gap, so the back-to-back loop keeps its compiled form; with one, a
        // deoptimization at the first measured round trip falls before its interval.
        final long gapNs = spec.gapNs();
        while (!phases.done()) {
            if (gapNs > 0 && phases.measuring()) {
                quiet(gapNs);
            }
            long start = clock.getAsLong();
            if (!socket.send(payload, payload.length, 0)) {
                tally.error = "send not accepted within " + spec.link().timeoutMs() + " ms (" + which(done) + ")";
                break;
            }
            tally.messagesSent++;
            int length = socket.receive(reply, 0);
            long end = clock.getAsLong();
            if (length < 0) {
                tally.error = "peer never answered within " + spec.link().timeoutMs() + " ms (" + which(done) + ")";
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
        tally.samples = spec.sliced() ? tally.measuredMessages : roundTrips.keptCount();
        phases.timeline().setMeasuredMedians(roundTrips.kept(), roundTrips.keptCount());
        if (tally.error == null) {
            tally.error = EndMarker.exchange(socket, reply, spec.link().timeoutMs());
        }
        return tally;
    }

    /** Sleeps at least {@code ns} (parkNanos may wake early); the real clock, whatever the pinger's. */
    private static void quiet(long ns) {
        long until = System.nanoTime() + ns;
        for (long left = ns; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
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
        if (spec.phases().measurePhase().counted()) {
            room = spec.count();
        } else {
            long rtt = fastestWarmupP50 == Long.MAX_VALUE ? GUESS_RTT_NS : fastestWarmupP50;
            long measureMs = spec.phases().measurePhase().amount();
            room = Math.min(MAX_FIRST_SAMPLES, 2 * measureMs * 1_000_000L / Math.max(rtt, 1) + 1024);
        }
        roundTrips.keepAll((int) room);
    }

    /**
     * Room for the slice's pre-roll and, from the start again, its measured round trips. The first
     * slice's call (before the meter starts) makes room for slices {@value #SLICE_HEADROOM} times
     * as long, here and in the samples file's buffer, so that the slices that follow (the parent
     * sizes each by the rate the last one measured) allocate nothing that the meter would count.
     */
    @Override
    public void beforeSlice(long preRoll, long messages) {
        long room = Math.max(preRoll, messages);
        if (!sliceRoomMade) {
            room *= SLICE_HEADROOM;
            slicedSamples.reserve((int) Math.min(Integer.MAX_VALUE / Long.BYTES, room));
            sliceRoomMade = true;
        }
        roundTrips.keepAll((int) Math.min(Integer.MAX_VALUE - 8, room));
    }

    /** The pre-roll's round trips are not the slice's. */
    @Override
    public void sliceTimed() {
        roundTrips.keepAll(0);
    }

    /** Appends the slice's round trips to the samples file, in order, then finds their p50 and p99 in place. */
    @Override
    public long endSlice(long startNs, long endNs, long messages, SliceLink link) {
        long[] kept = roundTrips.kept();
        int count = roundTrips.keptCount();
        try {
            slicedSamples.append(kept, count);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the samples file " + spec.samples(), e);
        }
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += kept[i];
        }
        long p50 = Median.percentile(kept, 0, count, 50);
        long p99 = Median.percentile(kept, 0, count, 99);
        link.sliced(count, sum, p50, p99);
        return sum;
    }

    /** Names a round trip in an error: built only on the error path. */
    private String which(long done) {
        if (phases.measuring()) {
            return "measured round trip " + (roundTrips.keptCount() + 1);
        }
        return (phases.slicing() ? "round trip " : "warm-up round trip ") + (done + 1);
    }
}
