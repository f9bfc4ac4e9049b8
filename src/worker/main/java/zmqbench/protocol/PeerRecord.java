package zmqbench.protocol;

/**
 * The result record one peer prints on stdout (field names in JSON are snake_case, e.g.
 * {@code messages_sent}). Figures a role does not produce are 0; JVM-only figures are -1 in the C
 * worker.
 *
 * @param measuredMessages messages (or round trips) in the timed interval
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
        String error) {
}
