package zmqbench.results;

/**
 * What one fork of one cell measured, merged from its peer processes. Figures a scenario does not
 * produce are 0 (or null for {@code rttNs}). CPU and memory are summed over the peers' processes.
 *
 * @param status {@code ok}, or one line saying what went wrong
 * @param measuredMessages messages (or round trips) inside the timed interval, warm-up excluded
 * @param elapsedNs timed interval: receiver's first-to-last message, or the round trips' total
 * @param enqueueNs sender's time to enqueue the measured messages (throughput only)
 * @param rttNs round-trip latency of this fork (latency only)
 * @param cpuNs user+sys CPU time of all peers over the timed interval
 * @param peakRssKb largest peak resident set among the peers
 * @param allocBytes JVM heap bytes allocated over the timed interval, all threads (-1 for C)
 * @param gcCount JVM collections during the timed interval (-1 for C)
 * @param gcNs JVM collection time during the timed interval (-1 for C)
 * @param dropped measured messages the socket dropped (PUB at its HWM), or -1 for a pattern that never drops
 */
public record ForkResult(
        int fork,
        String status,
        long messagesSent,
        long messagesReceived,
        long measuredMessages,
        long elapsedNs,
        long enqueueNs,
        LatencySummary rttNs,
        long cpuNs,
        long peakRssKb,
        long allocBytes,
        long gcCount,
        long gcNs,
        long dropped) {

    public boolean ok() {
        return "ok".equals(status);
    }
}
