package zmqbench.scenario;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import zmqbench.backend.ZmqSocket;

/**
 * Open-loop latency, active side: sends at a fixed rate whatever the replies do, as wrk2 and
 * real-logic/benchmarks' LoadTestRig do, and times each round trip from the moment its message was
 * due, so that a stall delays the messages due during it instead of thinning them out (no
 * coordinated omission). The passive side is the ordinary {@link EchoPeer}.
 *
 * <p>Message {@code i} of a phase is due at {@code start + i · 10^9 / rate} ns. Its first 16 bytes
 * carry that intended send time and the actual send time (little-endian int64, this process's
 * monotonic clock); the echo returns them, so the pinger keeps no per-message state. On each reply,
 * {@code now - intended} is the corrected round trip (the samples file) and {@code now - actual}
 * the uncorrected one (the samples file plus {@code .uncorrected}).
 *
 * <p>One thread does everything, since a ZeroMQ socket is not thread-safe: each turn of the loop
 * sends the message that is due, if one is, and then tries one receive, both with
 * {@link ZmqSocket#DONTWAIT}. Ahead of schedule the loop spins on receive, yielding the CPU
 * ({@link Thread#yield()}, sched_yield in C) on every turn that neither sent nor received, so that
 * ZeroMQ's I/O threads get a CPU at once on a small machine instead of at the end of the pinger's
 * time slice; behind schedule it sends every turn, never skipping a message (the queueing delay is
 * what is measured), and still drains one reply per send so that neither side's queue fills. The
 * loop never sleeps or blocks: the pinger keeps a CPU busy, whatever the backend. The warm-up is a
 * phase of its own at the same rate, drained before the measured phase starts, and discarded: a
 * count of messages, or, timed or automatic, until the tracker judges it over (its duration, or
 * steady state within the cap), run in laps of a tenth of a second's schedule ({@link #warmUp}):
 * the lap under way when it is judged over still ends, its replies all in. A phase ends when every reply has come, or with an error after {@code --timeout-ms}
 * without a reply while some are due (or without a send being accepted).
 *
 * <p>The timeline is the {@link PhaseTracker}'s, from the warm-up's first message and checked on
 * every reply: a window's value is the p50 of its corrected round trips
 * (warm-up: found in place in a preallocated ring when the window closes; measured: from the kept
 * samples after the end), its messages the replies it received. The measured phase's schedule
 * starts at the tracker's clock read at the boundary, so that its interval is the tracker's.
 *
 * <p>The achieved rate is {@code sent · 10^9 / (lastSend - start + 10^9 / rate)}: exactly the
 * target when every message left on time, lower by the pinger's final lag otherwise. A pinger that
 * fell behind and caught up again meets the rate; one that could not keep up does not.
 */
public final class OpenLoopPeer implements PhaseTracker.Side {

    /** Bytes every open-loop message needs: the intended and the actual send time. */
    public static final int HEADER_BYTES = 16;

    /** The rate counts as met when the pinger achieved at least this fraction of it. */
    public static final double RATE_MET_FRACTION = 0.99;

    /** A phase's count when the tracker ends it: a timed or automatic warm-up. */
    private static final long UNCOUNTED = Long.MAX_VALUE;
    /** Warm-up laps per second of schedule (see {@link #warmUp}). */
    private static final long LAPS_PER_SECOND = 10;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final ZmqSocket socket;
    private final PeerSpec spec;
    private final LongSupplier nanoTime;
    private final LongSupplier jitMillis;
    private final Runnable idle;
    private final long timeoutNs;
    private final byte[] payload;
    private final byte[] reply;
    private final PeerTally tally = new PeerTally();
    // One path for every reply, warm-up or measured (see PhaseTracker): the warm-up window's ring,
    // then, from the boundary on, every measured round trip.
    private final RoundTrips corrected = new RoundTrips();
    private final RoundTrips uncorrected = new RoundTrips();
    private PhaseTracker phases;
    private long replies;
    private long lastReplyNs;

    /**
     * A pinger reading {@code nanoTime} as its clock, {@code jitMillis} as its JIT activity (see
     * {@link ProcessMeter#jitActivityMillis()}), and calling {@code idle} on each turn that neither sent
     * nor received: tests pass a fake clock and nothing to do.
     */
    OpenLoopPeer(ZmqSocket socket, PeerSpec spec, LongSupplier nanoTime, LongSupplier jitMillis, Runnable idle) {
        if (spec.scenario() != ScenarioKind.OPEN_LOOP) {
            throw new IllegalArgumentException("not an open-loop spec: " + spec.scenario().cliName());
        }
        this.socket = socket;
        this.spec = spec;
        this.nanoTime = nanoTime;
        this.jitMillis = jitMillis;
        this.idle = idle;
        this.timeoutNs = spec.link().timeoutMs() * NANOS_PER_MILLI;
        this.payload = new byte[spec.size()];
        this.reply = new byte[spec.size()];
    }

    /** Runs the pinger and writes both samples files (see the class documentation). */
    public static PeerTally run(ZmqSocket socket, PeerSpec spec, ProcessMeter meter) throws IOException {
        OpenLoopPeer peer = new OpenLoopPeer(socket, spec, System::nanoTime, ProcessMeter::jitActivityMillis,
                Thread::yield);
        PeerTally tally = peer.measure(meter);
        SamplesFile.write(peer.corrected.kept(), peer.corrected.keptCount(), spec.samples());
        SamplesFile.write(peer.uncorrected.kept(), peer.uncorrected.keptCount(), uncorrectedFile(spec.samples()));
        return tally;
    }

    /** Where the uncorrected samples go: the samples file's name plus {@code .uncorrected}. */
    public static Path uncorrectedFile(Path samples) {
        return samples.resolveSibling(samples.getFileName() + ".uncorrected");
    }

    /**
     * The warm-up phase, then the measured one; the samples stay in memory. The meter starts at
     * the last warm-up reply (at once without a warm-up) and stops at the last measured one.
     */
    PeerTally measure(ProcessMeter meter) {
        tally.targetRate = spec.rate();
        phases = new PhaseTracker(spec, meter, this, false, nanoTime, jitMillis);
        long warmupStart = nanoTime.getAsLong();
        lastReplyNs = warmupStart;
        phases.begin(warmupStart, 0);
        boolean warm = phases.measuring() || warmUp(warmupStart);
        if (warm && !phases.measuring()) {
            phases.endWarmup(lastReplyNs, replies); // judged over, and its replies are in
        }
        boolean done = warm && phase(spec.count(), 0, spec.count(), true, phases.measureStartNs());
        phases.end(nanoTime.getAsLong(), replies);
        phases.report(tally);
        phases.timeline().setMeasuredMedians(corrected.kept(), corrected.keptCount());
        tally.samples = corrected.keptCount();
        if (done) {
            tally.error = EndMarker.exchange(socket, reply, spec.link().timeoutMs());
        }
        return tally;
    }

    @Override
    public double windowValue(long startNs, long endNs, long messages, boolean inMeasurement) {
        return inMeasurement ? Double.NaN : corrected.closeWindow(); // measured: from the samples, after the end
    }

    /** Room for every measured round trip, allocated before the meter starts. */
    @Override
    public void beforeMeasurement() {
        corrected.keepAll((int) spec.count());
        uncorrected.keepAll((int) spec.count());
    }

    /** The timeline: the tracker's windows from the warm-up's first message. */
    Timeline timeline() {
        return phases.timeline();
    }

    /** Corrected round trips of the measured phase, in reply order (ns from the intended send time). */
    long[] corrected() {
        return java.util.Arrays.copyOf(corrected.kept(), corrected.keptCount());
    }

    /** Uncorrected round trips of the measured phase, in reply order (ns from the actual send). */
    long[] uncorrected() {
        return java.util.Arrays.copyOf(uncorrected.kept(), uncorrected.keptCount());
    }

    /**
     * The warm-up in laps of {@link #LAPS_PER_SECOND}ths of a second, each a call of {@link #phase}
     * as the measured phase is, the schedule going on from lap to lap, until the tracker judges
     * the warm-up over (the lap under way still ends) or its count is sent. Laps, and the judgment
     * read only between them, because the loop the measured call runs must take no branch its
     * warm-up never took: one that the JIT never saw (the end of a count; the warm-up judged over)
     * makes the measured call throw the compiled loop away and run interpreted until it is
     * compiled again, on the pinger's own CPU (docs/known-limits.md).
     */
    private boolean warmUp(long start) {
        long total = spec.phases().warmupPhase().counted() ? spec.warmup() : UNCOUNTED;
        long lap = Math.max(1, spec.rate() / LAPS_PER_SECOND);
        long done = 0;
        while (done < total && !phases.warmupJudged() && !phases.measuring()) {
            long messages = Math.min(lap, total - done);
            if (!phase(messages, done, total, false, start + done * NANOS_PER_SECOND / spec.rate())) {
                return false;
            }
            done += messages;
        }
        return true;
    }

    /**
     * Sends {@code messages} on schedule from {@code start} and takes every reply. {@code before} of
     * the phase's {@code total}
     * ({@link #UNCOUNTED}: until the tracker judges it over) went before, for the error messages.
     * False (and the error) when it could not.
     */
    private boolean phase(long messages, long before, long total, boolean record, long start) {
        long sent = 0;
        long received = 0;
        long lastSend = start;
        long progress = start; // the last reply, or the send that ended a quiet spell
        long blockedSince = 0;
        boolean blocked = false;
        while (received < messages) {
            long now = nanoTime.getAsLong();
            boolean worked = false;
            if (sent < messages) {
                long intended = start + sent * NANOS_PER_SECOND / spec.rate();
                if (now - intended >= 0) {
                    LONGS.set(payload, 0, intended);
                    LONGS.set(payload, Long.BYTES, now);
                    if (socket.send(payload, payload.length, ZmqSocket.DONTWAIT)) {
                        if (sent == received) {
                            progress = now;
                        }
                        sent++;
                        tally.messagesSent++;
                        lastSend = now;
                        blocked = false;
                        worked = true;
                    } else if (!blocked) {
                        blocked = true;
                        blockedSince = now;
                    } else if (now - blockedSince > timeoutNs) {
                        tally.error = "send not accepted within " + spec.link().timeoutMs() + " ms (" + which(record)
                                + " message " + (before + sent + 1) + of(total) + ")";
                        return false;
                    }
                }
            }
            int length = socket.receive(reply, ZmqSocket.DONTWAIT);
            if (length >= 0) {
                long arrived = nanoTime.getAsLong();
                tally.messagesReceived++;
                if (length != payload.length) {
                    tally.error = "reply of " + length + " bytes to a " + payload.length + "-byte message (" + which(record)
                            + " reply " + (before + received + 1) + ")";
                    return false;
                }
                long intended = (long) LONGS.get(reply, 0);
                long actual = (long) LONGS.get(reply, Long.BYTES);
                if (intended - start < 0 || actual - intended < 0 || arrived - actual < 0) {
                    tally.error = "reply " + (before + received + 1) + " does not carry send times of this " + which(record)
                            + " phase (not an echo of its messages)";
                    return false;
                }
                received++;
                progress = arrived;
                lastReplyNs = arrived;
                corrected.add(arrived - intended);
                uncorrected.add(arrived - actual);
                phases.check(arrived, ++replies);
                worked = true;
            } else if (sent > received && now - progress > timeoutNs) {
                tally.error = "peer never answered within " + spec.link().timeoutMs() + " ms (" + which(record)
                        + " phase: " + (before + received) + " of " + (before + sent) + " sent messages answered"
                        + (total == UNCOUNTED ? "" : ", " + total + " due") + ")";
                return false;
            }
            if (!worked) {
                idle.run();
            }
        }
        if (record) {
            tally.achievedRate = sent * (double) NANOS_PER_SECOND
                    / (lastSend - start + (double) NANOS_PER_SECOND / spec.rate());
        }
        return true;
    }

    /** The phase's name for an error: computed only there, so that the loop has no branch on it. */
    private static String which(boolean record) {
        return record ? "measured" : "warm-up";
    }

    private static String of(long messages) {
        return messages == UNCOUNTED ? "" : " of " + messages;
    }
}
