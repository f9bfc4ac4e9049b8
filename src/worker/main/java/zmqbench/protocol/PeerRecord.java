package zmqbench.protocol;

import java.util.List;
import zmqbench.scenario.SteadyRule;

/**
 * The result record one peer prints on stdout (field names in JSON are snake_case, e.g.
 * {@code messages_sent}). Figures a role does not produce are 0; JVM-only figures are -1 in the C
 * worker.
 *
 * @param warmup warm-up messages (or round trips) actually run (counted phases: --warmup)
 * @param count measured messages: --count, or with a timed measurement those measured
 * @param measuredMessages messages (or round trips) in the timed interval (the echo, and a
 *     sender of timed phases: in the span its meter covers, see the package documentation)
 * @param dropped measured messages the sender sent that the receiver never got: pub-sub only
 *     (PUB drops at the high-water mark), counted by the subscriber from sequence numbers; 0 for
 *     the other patterns, which block instead of dropping, and for every sender
 * @param elapsedNs timed interval in ns (receiver first-to-last; pinger: all measured round trips)
 * @param enqueueNs sender's time to enqueue the measured messages
 * @param samples number of round-trip samples written to the samples file
 * @param cpuNs process user+sys CPU time over the timed interval
 * @param peakRssKb peak resident set size of the process (VmHWM)
 * @param allocBytes heap bytes allocated over the timed interval, all threads
 * @param gcCount collections over the timed interval
 * @param gcNs collection time over the timed interval
 * @param targetRate open-loop: messages per second the pinger was to send; 0 for other scenarios
 * @param achievedRate open-loop pinger: measured messages per second it actually sent (see
 *     {@link zmqbench.scenario.OpenLoopPeer}); 0 for other scenarios and for the echo
 * @param rateMet open-loop pinger: achievedRate is at least 99% of targetRate; false when there is
 *     no target (other scenarios) and for the echo
 * @param error null, or what went wrong after measuring started (e.g. a timeout that lost messages)
 * @param steadyState how the warm-up ended: {@code steady} (the steady-state test passed),
 *     {@code not steady} (the warm-up cap ended it first: measured anyway, and flagged), or
 *     {@code fixed} (a warm-up of a set count or duration: not judged)
 * @param warmupNs time from the first message to the end of the warm-up (time to steady state)
 * @param warmupMessages messages (or round trips) spent warming up
 * @param jitNs JVM: total JIT compilation time of the process up to the end of the measurement
 *     (CompilationMXBean); -1 where there is no JIT (C)
 * @param jitMeasuredNs JVM: JIT compilation time inside the measured interval; -1 for C
 * @param windowNs length of one timeline window in ns
 * @param timeline the timed side's windows from the first message (see {@link TimelineWindow});
 *     empty for the side that does not time
 * @param nativeCrossings calls from Java into native code on the message path over the metered
 *     span, counted where the binding makes them ({@link zmqbench.backend.CrossingCounter}: a
 *     worker JVM run with -Dzmqbench.count.crossings=true), -1 when not counted; C: always 0 (it
 *     calls libzmq directly), JeroMQ: 0 when counted
 */
public record PeerRecord(
        String event,
        String backend,
        String backendVersion,
        String libzmqVersion,
        String role,
        String scenario,
        String pattern,
        String endpoint,
        int size,
        long warmup,
        long count,
        long messagesSent,
        long messagesReceived,
        long measuredMessages,
        long dropped,
        long elapsedNs,
        long enqueueNs,
        long samples,
        long cpuNs,
        long peakRssKb,
        long allocBytes,
        long gcCount,
        long gcNs,
        long targetRate,
        double achievedRate,
        boolean rateMet,
        String error,
        String steadyState,
        long warmupNs,
        long warmupMessages,
        long jitNs,
        long jitMeasuredNs,
        long windowNs,
        List<TimelineWindow> timeline,
        long nativeCrossings) {

    public static final String EVENT = "result";
    /** {@link #steadyState}: the steady-state test passed. */
    public static final String STEADY = SteadyRule.STEADY;
    /** {@link #steadyState}: the warm-up cap came first; the fork was measured anyway. */
    public static final String NOT_STEADY = SteadyRule.NOT_STEADY;
    /** {@link #steadyState}: the warm-up had a set count or duration and was not judged. */
    public static final String FIXED = SteadyRule.FIXED;

    /** Null lists (absent from a record) read as empty ones. */
    public PeerRecord {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}
