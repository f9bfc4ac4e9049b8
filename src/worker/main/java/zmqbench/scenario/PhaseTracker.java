package zmqbench.scenario;

import java.util.function.LongSupplier;

/**
 * The timed side's phases and timeline (the pinger's, the throughput receiver's): warm-up, then
 * one contiguous measured interval, with windows of {@link SteadyRule#windowMs()} from the first
 * message. The timed loop calls {@link #check} whenever its count of messages (or round trips)
 * reaches {@link #nextCheck()}, with a clock it read anyway; everything between checks is the
 * measured work only. A check closes a window at the first check at or after the window's nominal
 * end, ends the warm-up (at its count, its duration, or when steady or capped), starts and stops
 * the meter, and ends the measurement (at its count or duration). Nothing here allocates after
 * construction, except the timeline's arrays in a run far longer than their estimate.
 *
 * <p>An open-loop pinger cannot end its warm-up at the check that judges it over: messages it sent
 * on the warm-up's schedule are still in flight. From that check on ({@link #warmupJudged}) it
 * sends no more, takes their replies into the warm-up, and then ends the warm-up itself
 * ({@link #endWarmup}) with the verdict the check reached.
 *
 * <p>A sequenced stream (pub-sub) may drop messages, so the count received does not tell where its
 * counted phases end: its loop ends them itself, by sequence number ({@link #endWarmup}, {@link #end}),
 * and the tracker only keeps the windows and the meter. Its timed phases are the tracker's.
 *
 * <p>A check does the same work in the warm-up and in the measurement until something is due (the
 * clock and the count compared with the next event, in one branch), and the loops around it take
 * the same path in both phases. A branch that only the measurement takes would never have run when
 * the JIT compiled the loop in the warm-up: the compiled loop would be thrown away at the first
 * measured message, and measured, interpreted and then recompiled, during the measurement. So a
 * timed warm-up, whose events come by the clock only, compiles the count's branch too (it is the
 * same one), and neither the receiver's next check nor its adaptation to its rate has a branch
 * (on JDK 17, C2 compiles Math.min and Math.max of longs to branches).
 *
 * <p>A sliced run ({@link PeerSpec#sliced()}) has no measurement of its own: when the warm-up is
 * over the tracker says so on its {@link SliceLink} and waits there, inside the check, for the
 * parent's first slice line; each slice line plans two more events by count: where the pre-roll
 * ends (the slice's clock starts; a receiver first takes what the sender sent before the slice)
 * and where the slice ends (its record is printed, then the tracker waits for the next line). So
 * the loop never leaves its one path: warm-up, pre-rolls and slices are the same compiled loop, the
 * slice boundaries rare calls out of it as the window ends were. The timeline ends with the
 * warm-up; the meter runs from the first slice line to the end (the parent reads each slice's
 * threads around it).
 *
 * <p>A throughput receiver cannot wait on stdin for its first slice: its sender may be blocked in
 * a send at the high-water mark when the parent's {@code stop} comes, and sees it only once the
 * receiver takes more. So the receiver goes on receiving in its loop, checking every message,
 * until its first slice line is there, which is before the first message of the slice's pre-roll
 * (the parent writes the receiver's line before the sender's); the slice's counts then start from
 * S, the sender's total. (Its socket has no receive timeout in a sliced run: the parent may keep it
 * waiting there, and a timeout that expires takes paths the warm-up never took.)
 *
 * <p>A throughput receiver cannot afford a clock read per message (about 25 ns against 300 ns a
 * message at 3 M msg/s), so it checks every {@code n} messages, {@code n} adapted so that checks
 * come about {@value #CHECKS_PER_WINDOW} times a window; a pinger checks after every round trip.
 */
final class PhaseTracker {

    /** What the timed side makes of a window, and what it does before its meter starts. */
    interface Side {
        /** The window's value: msg/s for throughput, RTT p50 in ns for latency (NaN: filled in later). */
        double windowValue(long startNs, long endNs, long messages, boolean measured);

        /** Just before the measurement's meter starts: allocate what the measurement needs. */
        default void beforeMeasurement() {
        }

        /** Sliced: a slice of {@code preRoll} untimed then {@code messages} timed begins: make room for it. */
        default void beforeSlice(long preRoll, long messages) {
        }

        /** Sliced: the pre-roll is over; what follows is timed. */
        default void sliceTimed() {
        }

        /**
         * Sliced: the slice's {@code messages} arrived from {@code startNs} to {@code endNs}: say so on
         * {@code link}, and return the slice's elapsed time (a receiver's: that interval).
         */
        default long endSlice(long startNs, long endNs, long messages, SliceLink link) {
            link.sliced(messages, endNs - startNs, 0, 0);
            return endNs - startNs;
        }
    }

    private enum State { WARMUP, MEASURE, DRAIN, SLICE, DONE }

    static final int CHECKS_PER_WINDOW = 128;
    private static final int MAX_CHECK_EVERY = 1 << 16;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    /** A sliced run's windows end with the warm-up: the next window's end is this far (146 years) away. */
    private static final long NEVER_NS = Long.MAX_VALUE / 2;

    private final PeerSpec spec;
    private final ProcessMeter meter;
    private final Side side;
    private final SliceLink slices;
    private final LongSupplier clock;
    private final LongSupplier jitMillis;
    private final boolean adaptive;
    private final boolean loopEndsPhases;
    private final boolean drainsWarmup;
    /** Sliced throughput receiver: counts its slices from the sender's total (S) and drains to its first. */
    private final boolean countsSenderTotal;
    private final long windowNs;
    private final Timeline timeline;
    private final double[] scratch;

    private State state = State.WARMUP;
    /** The next check that has something to do: a window's end, or a phase's end by time or count. */
    private long nextEventNs;
    private long nextEventDone = Long.MAX_VALUE;
    private long checkEvery = 1;
    private long lastCheckNs;
    private long firstNs;
    private long jitAtFirstMs;
    private long windowStartNs;
    private long windowStartDone;
    private long nominalEndNs;
    private long boundaryDone;
    private long measureEndDone;
    private long measureStartNs;
    private long measuredMessages;
    private long elapsedNs;
    private long warmupNs;
    private long warmupMessages;
    private String steadyState = SteadyRule.FIXED;
    private boolean warmupJudged;
    /** Sliced: the count where the slice's pre-roll ends and its clock starts, and where it ends. */
    private long sliceTimedFrom;
    private long sliceEndDone;
    private long sliceMessages;
    private boolean sliceTimed;
    private long sliceStartNs;
    private boolean sliceMetered;

    /**
     * @param slices a sliced run's link to the parent; null for one measured interval
     * @param adaptive true to check every {@code n} messages (throughput), false after each one (latency)
     * @param clock the clock read after the meter starts (System::nanoTime; tests pass a fake)
     * @param jitMillis the JIT's activity so far, ms (see {@link ProcessMeter#jitActivityMillis()})
     */
    PhaseTracker(PeerSpec spec, ProcessMeter meter, Side side, SliceLink slices, boolean adaptive, LongSupplier clock,
                 LongSupplier jitMillis) {
        if (spec.sliced() != (slices != null)) {
            throw new IllegalArgumentException("a sliced run needs a slice link, and only a sliced run has one");
        }
        this.spec = spec;
        this.meter = meter;
        this.side = side;
        this.slices = slices;
        this.clock = clock;
        this.jitMillis = jitMillis;
        this.adaptive = adaptive;
        this.loopEndsPhases = spec.pattern().sequenced() && spec.counted();
        this.drainsWarmup = spec.scenario() == ScenarioKind.OPEN_LOOP && !spec.phases().warmupPhase().counted();
        this.countsSenderTotal = spec.sliced() && spec.scenario() == ScenarioKind.THROUGHPUT;
        this.windowNs = spec.phases().steady().windowMs() * NANOS_PER_MILLI;
        this.timeline = Timeline.forRun(expectedMs(spec), spec.phases().steady().windowMs());
        this.scratch = new double[spec.phases().steady().windows()];
    }

    /** A tracker of one measured interval (not sliced). */
    PhaseTracker(PeerSpec spec, ProcessMeter meter, Side side, boolean adaptive, LongSupplier clock,
                 LongSupplier jitMillis) {
        this(spec, meter, side, null, adaptive, clock, jitMillis);
    }

    /** A tracker on the monotonic clock and this JVM's JIT time; {@code slices} null unless the run is sliced. */
    static PhaseTracker of(PeerSpec spec, ProcessMeter meter, Side side, SliceLink slices, boolean adaptive) {
        return new PhaseTracker(spec, meter, side, slices, adaptive, System::nanoTime,
                ProcessMeter::jitActivityMillis);
    }

    /** The run's first message at {@code now}, {@code done} messages completed; may end a zero warm-up at once. */
    void begin(long now, long done) {
        firstNs = now;
        lastCheckNs = now;
        windowStartNs = now;
        windowStartDone = done;
        nominalEndNs = now + windowNs;
        jitAtFirstMs = jitMillis.getAsLong();
        if (warmupOver(now, done, false)) {
            warmupEnds(now, done);
        }
        planNextEvent();
    }

    /** The count of messages (or round trips) at which the loop must call {@link #check} next. */
    long nextCheck(long done) {
        return greatest(least(done + checkEvery, nextEventDone), done + 1);
    }

    /**
     * A check at {@code now} with {@code done} messages (or round trips) completed since the run
     * began; false once the measurement is over.
     */
    boolean check(long now, long done) {
        if (adaptive) {
            adapt(now - lastCheckNs);
            lastCheckNs = now;
        }
        if (((now - nextEventNs) & (done - nextEventDone)) < 0) { // both before the event: one branch
            return true;
        }
        return event(now, done);
    }

    /** A check at which a window or a phase ends. */
    private boolean event(long now, long done) {
        boolean closed = false;
        if (now - nominalEndNs >= 0) {
            closeWindow(now, done);
            long behind = (now - nominalEndNs) / windowNs + 1;
            nominalEndNs += behind * windowNs;
            closed = true;
        }
        if (state == State.WARMUP) {
            if (!warmupJudged && warmupOver(now, done, closed)) {
                if (drainsWarmup) {
                    warmupJudged = true;
                } else {
                    warmupEnds(now, done);
                }
            }
        } else if (state == State.MEASURE && measurementOver(now, done)) {
            endMeasurement(now, done);
            state = State.DONE;
        } else if (state == State.DRAIN && slices.ready()) {
            firstSlice(now, done);
        } else if (state == State.SLICE) {
            sliceEvent(now, done);
        }
        planNextEvent();
        return state != State.DONE;
    }

    /**
     * When the next check has something to do: the open window's nominal end, or the phase's end
     * by time (a duration, the auto warm-up's cap) or by count. A loop that ends its phases itself
     * only has windows. Once done, and while draining to the first slice, every check is one (at
     * count 0, which every count has reached).
     */
    private void planNextEvent() {
        long endNs = nominalEndNs;
        nextEventDone = state == State.DONE || state == State.DRAIN ? 0 : Long.MAX_VALUE;
        if (!loopEndsPhases && state == State.WARMUP && !warmupJudged) {
            Phase warmup = spec.phases().warmupPhase();
            if (warmup.counted()) {
                nextEventDone = warmup.amount();
            } else if (firstNs + warmup.amount() * NANOS_PER_MILLI - endNs < 0) {
                endNs = firstNs + warmup.amount() * NANOS_PER_MILLI;
            }
        } else if (!loopEndsPhases && state == State.MEASURE) {
            Phase measure = spec.phases().measurePhase();
            if (measure.counted()) {
                nextEventDone = measureEndDone;
            } else if (measureStartNs + measure.amount() * NANOS_PER_MILLI - endNs < 0) {
                endNs = measureStartNs + measure.amount() * NANOS_PER_MILLI;
            }
        } else if (state == State.SLICE) {
            nextEventDone = sliceTimed ? sliceEndDone : sliceTimedFrom;
        }
        nextEventNs = endNs;
    }

    /** True from the boundary on, until the measurement is over. */
    boolean measuring() {
        return state == State.MEASURE;
    }

    boolean done() {
        return state == State.DONE;
    }

    /** Sliced: true from the first slice line on, until the end. */
    boolean slicing() {
        return state == State.SLICE;
    }

    /** Open-loop: the warm-up is over but for the replies still in flight; send no more of it. */
    boolean warmupJudged() {
        return state == State.WARMUP && warmupJudged;
    }

    /**
     * A loop that ends its phases itself, or an open-loop pinger once its warm-up's replies are in:
     * the warm-up ends at {@code now}, {@code done} messages received.
     */
    void endWarmup(long now, long done) {
        if (state == State.WARMUP) {
            startMeasurement(now, done);
            planNextEvent();
        }
    }

    /**
     * Ends the run here: a loop that ends its phases itself, or one that could not finish (an
     * error, a stream that ended); what it did counts (sliced: the slices that ended).
     */
    void end(long at, long done) {
        long now = Math.max(at, windowStartNs);
        if (state == State.MEASURE) {
            endMeasurement(now, done);
        } else if (state == State.SLICE) {
            stopSliceMeter();
        }
        state = State.DONE;
        planNextEvent();
    }

    /**
     * Ends the run after a receive gave up at {@code now}, --timeout-ms after the last message
     * came: the interval ends about there, not at the give-up.
     */
    void endAfterSilence(long now, long done) {
        end(now - spec.link().timeoutMs() * NANOS_PER_MILLI, done);
    }

    /** Closes the last (partial) window and the measured interval at {@code now}, then the meter. */
    private void endMeasurement(long now, long done) {
        if (done > windowStartDone) {
            closeWindow(now, done);
        }
        elapsedNs = now - measureStartNs;
        measuredMessages = done - boundaryDone;
        meter.stop();
    }

    /** Fills the tally's phase fields (sliced: the measured figures are the slices' sums). */
    void report(PeerTally tally) {
        tally.warmupMessages = warmupMessages;
        tally.warmupNs = warmupNs;
        tally.steadyState = steadyState;
        tally.windowNs = windowNs;
        tally.timeline = timeline;
        tally.measuredMessages = measuredMessages;
        tally.elapsedNs = elapsedNs;
    }

    Timeline timeline() {
        return timeline;
    }

    long measureStartNs() {
        return measureStartNs;
    }

    private boolean warmupOver(long now, long done, boolean windowClosed) {
        if (loopEndsPhases) {
            return false;
        }
        Phase warmup = spec.phases().warmupPhase();
        return switch (warmup.kind()) {
            case COUNT -> done >= warmup.amount();
            case MILLIS -> now - firstNs >= warmup.amount() * NANOS_PER_MILLI;
            case AUTO -> (windowClosed && steady()) || now - firstNs >= warmup.amount() * NANOS_PER_MILLI;
            case SLICES -> throw new IllegalStateException("a warm-up is never slices (PeerSpec refuses it)");
        };
    }

    private boolean steady() {
        SteadyRule rule = spec.phases().steady();
        int windows = timeline.size();
        if (!rule.agrees(timeline.values(), windows, scratch)) {
            return false;
        }
        boolean jitQuiet = rule.jitQuiet(timeline.jitMs(), windows, jitAtFirstMs);
        steadyState = jitQuiet ? SteadyRule.STEADY : SteadyRule.NOT_STEADY;
        return steadyState.equals(SteadyRule.STEADY);
    }

    private boolean measurementOver(long now, long done) {
        if (loopEndsPhases) {
            return false;
        }
        Phase measure = spec.phases().measurePhase();
        return measure.counted() ? done >= measureEndDone : now - measureStartNs >= measure.amount() * NANOS_PER_MILLI;
    }

    /** The warm-up is over at {@code now}: the measurement starts, or a sliced run waits for its first slice. */
    private void warmupEnds(long now, long done) {
        if (slices == null) {
            startMeasurement(now, done);
            return;
        }
        closeWarmup(now, done);
        nominalEndNs = now + NEVER_NS;
        slices.warm(steadyState, warmupNs, warmupMessages, timeline.rate(spec.phases().steady().windows()));
        if (countsSenderTotal) {
            state = State.DRAIN;
        } else {
            awaitSlice(done);
        }
    }

    /**
     * Draining: the first slice line is there (message {@code done} may be the first of its
     * pre-roll, and the last when P is 1: the slice's clock starts at once).
     */
    private void firstSlice(long now, long done) {
        awaitSlice(done);
        if (state == State.SLICE && done == sliceTimedFrom) {
            sliceEvent(now, done);
        }
    }

    /** The warm-up's last partial window closes, and its figures are set. */
    private void closeWarmup(long now, long done) {
        if (done > windowStartDone) {
            closeWindow(now, done);
        }
        warmupNs = now - firstNs;
        warmupMessages = spec.phases().warmupPhase().counted() ? spec.warmup() : done;
        steadyState = spec.phases().warmupPhase().kind() != Phase.Kind.AUTO ? SteadyRule.FIXED
                : steadyState.equals(SteadyRule.STEADY) ? SteadyRule.STEADY : SteadyRule.NOT_STEADY;
    }

    /** The boundary: the warm-up closes, the meter starts, then the clock. */
    private void startMeasurement(long now, long done) {
        closeWarmup(now, done);
        boundaryDone = done;
        // Counted phases end at message warmup+count, as local_thr: with no warm-up the receiver's
        // clock starts at the first message, and the interval holds count-1 messages after it.
        measureEndDone = spec.counted() ? Math.max(spec.total(), done) : done + spec.count();
        side.beforeMeasurement();
        state = State.MEASURE;
        meter.start();
        measureStartNs = clock.getAsLong();
        windowStartNs = measureStartNs;
        windowStartDone = done;
        nominalEndNs = measureStartNs + windowNs;
    }

    /**
     * Sliced: waits (blocked, no CPU) for the parent's next line, then plans the slice it asks for:
     * its pre-roll ends P messages after the S the sender had sent before it (the pinger: after
     * the round trips done), its end N after that. {@code end} ends the run. The meter starts at
     * the first slice line, before the first pre-roll and after the room for its round trips is made.
     */
    private void awaitSlice(long done) {
        SliceCommand command = slices.next();
        if (command.kind() != SliceCommand.Kind.SLICE) {
            if (command.kind() == SliceCommand.Kind.STOP) {
                throw new IllegalArgumentException("unexpected line on stdin 'stop': the timed side takes "
                        + "'slice N P S' or 'end'");
            }
            stopSliceMeter();
            state = State.DONE;
            return;
        }
        long from = countsSenderTotal ? command.sentBefore() : done;
        if (from + command.preRoll() < done) {
            throw new IllegalArgumentException("slice line with S " + command.sentBefore() + " and P "
                    + command.preRoll() + ", but " + done + " messages were received already: S must be all the "
                    + "sender has sent before the slice");
        }
        side.beforeSlice(command.preRoll(), command.messages()); // the first's arrays before the meter starts
        if (!sliceMetered) {
            meter.start();
            sliceMetered = true;
            if (countsSenderTotal) {
                warmupMessages = command.sentBefore(); // the warm-up's in-flight tail counts as warm-up
            }
        }
        sliceTimedFrom = from + command.preRoll();
        sliceMessages = command.messages();
        sliceEndDone = sliceTimedFrom + sliceMessages;
        sliceTimed = false;
        state = State.SLICE;
        lastCheckNs = clock.getAsLong(); // the wait is not a gap between checks to adapt to
    }

    /**
     * Sliced: the run is over; the meter, started at the first slice line, stops. It is not read
     * at each slice's end: the parent reads the threads around each slice, and a read here would
     * be in its span (about a millisecond of the application thread's CPU in a JVM).
     */
    private void stopSliceMeter() {
        if (sliceMetered) {
            meter.stop();
            sliceMetered = false;
        }
    }

    /**
     * Sliced, at a planned count: the pre-roll is over (the slice's clock starts at {@code now}), or
     * the slice is (the clock first, then its record, then the wait for the next line).
     */
    private void sliceEvent(long now, long done) {
        if (!sliceTimed) {
            side.sliceTimed();
            sliceStartNs = now;
            sliceTimed = true;
            return;
        }
        long elapsed = side.endSlice(sliceStartNs, now, sliceMessages, slices);
        measuredMessages += sliceMessages;
        elapsedNs += elapsed;
        awaitSlice(done);
    }

    private void closeWindow(long now, long done) {
        long messages = done - windowStartDone;
        boolean measured = state == State.MEASURE;
        double value = side.windowValue(windowStartNs, now, messages, measured);
        timeline.add(now - firstNs, messages, value, measured, measured ? 0 : jitMillis.getAsLong());
        windowStartNs = now;
        windowStartDone = done;
    }

    /**
     * Doubles or halves the messages between checks towards {@value #CHECKS_PER_WINDOW} checks a
     * window (from 1 to {@value #MAX_CHECK_EVERY}), without a branch: the checks of a slice, or of a
     * drain to the first, come far more or less often than the warm-up's.
     */
    private void adapt(long sinceLastCheckNs) {
        long target = windowNs / CHECKS_PER_WINDOW;
        long faster = (sinceLastCheckNs - target / 2) >>> 63; // 1 when the last checks came under half the target apart
        long slower = (target * 2 - sinceLastCheckNs) >>> 63; // 1 when over twice
        checkEvery = greatest(1, least(MAX_CHECK_EVERY, (checkEvery << faster) >> slower));
    }

    /**
     * The smaller of two longs without a branch: C2 compiles Math.min(long, long) to one (JDK 17),
     * and a side the warm-up never took (a count-bound event after a timed warm-up) is a trap that
     * throws the compiled loop away. {@code a - b} must not overflow.
     */
    private static long least(long a, long b) {
        long difference = a - b;
        return b + (difference & (difference >> 63));
    }

    /** The larger of two longs without a branch (see {@link #least}). */
    private static long greatest(long a, long b) {
        long difference = a - b;
        return a - (difference & (difference >> 63));
    }

    /**
     * How long the run should take, for the timeline's first allocation: counted phases are a
     * guess, but for a paced run (open-loop's rate, sparse's gaps), whose pace sets their duration.
     */
    private static long expectedMs(PeerSpec spec) {
        long warmup = spec.phases().warmupPhase().counted() ? 0 : spec.phases().warmupPhase().amount();
        long paced = spec.pacing().scheduleMs(spec.total());
        if (paced > 0) {
            return Math.max(paced + warmup, 60_000);
        }
        long measure = spec.phases().measurePhase().counted() ? 0 : spec.phases().measurePhase().amount();
        return Math.max(warmup + measure, 60_000);
    }
}
