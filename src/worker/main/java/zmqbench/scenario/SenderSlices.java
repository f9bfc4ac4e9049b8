package zmqbench.scenario;

import java.util.function.LongConsumer;

/**
 * A sliced throughput sender's plan, consulted at the one rare branch of its loop ("sent reached
 * the limit"): during the warm-up every {@value #WARMUP_CHUNK} messages (so that the branch and
 * this call are compiled before the first pause), where the warm-up ends (its count, or a
 * {@code stop}), and where each slice's pre-roll and the slice end. Between slices it waits here for
 * the parent's next line. The meter runs from the first slice line to {@code end} (the sends of the
 * last slice may still be under way in ZeroMQ's I/O thread when they return); {@code enqueue_ns}
 * sums the times the slices' measured messages took to send.
 */
final class SenderSlices {

    /** Messages between two looks at the stop request during a warm-up that runs until stop. */
    static final int WARMUP_CHUNK = 1024;

    private enum State { WARMUP, PRE_ROLL, TIMED, WAITING }

    private final PeerSpec spec;
    private final SenderControl control;
    private final ProcessMeter meter;
    private final LongConsumer paused;
    private State state = State.WARMUP;
    private long sliceEnd;
    private long sliceMessages;
    private long startNs;
    private long warmupMessages = -1;
    private long measuredMessages;
    private long enqueueNs;

    /** {@code paused} hears the messages sent so far each time a {@code stop} pauses the sender. */
    SenderSlices(PeerSpec spec, SenderControl control, ProcessMeter meter, LongConsumer paused) {
        this.spec = spec;
        this.control = control;
        this.meter = meter;
        this.paused = paused;
    }

    /** Where the loop starts: the warm-up's first limit. */
    long firstLimit() {
        return warmupLimit(0);
    }

    /** The loop has sent {@code sent} (its limit): the next limit, or -1 at the end. */
    long next(long sent) {
        switch (state) {
            case WARMUP -> {
                if (!control.stopRequested() && sent < warmupLimit(sent)) {
                    return warmupLimit(sent);
                }
            }
            case PRE_ROLL -> {
                state = State.TIMED;
                startNs = System.nanoTime();
                return sliceEnd;
            }
            case TIMED -> {
                enqueueNs += System.nanoTime() - startNs;
                measuredMessages += sliceMessages;
            }
            case WAITING -> {
            }
        }
        state = State.WAITING;
        return awaitLine(sent);
    }

    /** Fills the tally: the warm-up (all sent before the first slice), the slices' measured messages and time. */
    void report(PeerTally tally) {
        tally.warmupMessages = Math.max(0, warmupMessages);
        tally.measuredMessages = measuredMessages;
        tally.enqueueNs = enqueueNs;
    }

    /** The warm-up's next limit from {@code sent}: its count, or a chunk further while it runs until stop. */
    private long warmupLimit(long sent) {
        long chunk = sent + WARMUP_CHUNK;
        return spec.phases().warmupPhase().counted() ? Math.min(spec.warmup(), chunk) : chunk;
    }

    /** Blocks until a slice line (its pre-roll's limit) or the end (-1); a {@code stop} is answered with paused. */
    private long awaitLine(long sent) {
        while (true) {
            SliceCommand command = control.next();
            switch (command.kind()) {
                case STOP -> paused.accept(sent);
                case END -> {
                    if (warmupMessages >= 0) {
                        meter.stop();
                    }
                    return -1;
                }
                case SLICE -> {
                    if (warmupMessages < 0) {
                        warmupMessages = sent;
                        meter.start();
                    }
                    sliceMessages = command.messages();
                    sliceEnd = sent + command.preRoll() + sliceMessages;
                    state = State.PRE_ROLL;
                    return sent + command.preRoll();
                }
            }
        }
    }
}
