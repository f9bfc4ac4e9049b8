package zmqbench.results;

import zmqbench.scenario.OpenLoopPeer;

/**
 * What one fork of one cell measured, merged from its peer processes. Figures a scenario does not
 * produce are 0 (or null for {@code rttNs}). CPU and memory are summed over the peers' processes.
 *
 * @param status {@code ok}, or one line saying what went wrong
 * @param measuredMessages messages (or round trips) inside the timed interval, warm-up excluded
 * @param elapsedNs timed interval: receiver's first-to-last message, or the round trips' total
 * @param enqueueNs sender's time to enqueue the measured messages (throughput only)
 * @param rttNs round-trip latency of this fork (latency; open-loop: from the intended send time)
 * @param cpuNs user+sys CPU time of all peers over the timed interval
 * @param peakRssKb largest peak resident set among the peers
 * @param allocBytes JVM heap bytes allocated over the timed interval, all threads (-1 for C)
 * @param gcCount JVM collections during the timed interval (-1 for C)
 * @param gcNs JVM collection time during the timed interval (-1 for C)
 * @param dropped measured messages the socket dropped (PUB at its HWM), or -1 for a pattern that never drops
 * @param rttUncorrectedNs open-loop: round trips timed from each message's actual send, not from its
 *     intended send time as {@code rttNs} is there (coordinated omission not corrected); else null
 * @param targetRate open-loop: messages per second the pinger was to send; 0 otherwise
 * @param achievedRate open-loop: measured messages per second the pinger sent; 0 otherwise
 * @param warmup how the fork warmed up, its timeline and steady state; null for a failed fork and in
 *     result files from before timed phases
 * @param round the interleaved round this fork ran in (1, 2, ...; every backend of a cell runs once
 *     per round, so forks of one round are paired), or 0 when not recorded
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
        long dropped,
        LatencySummary rttUncorrectedNs,
        long targetRate,
        double achievedRate,
        ForkWarmup warmup,
        int round) {

    /** A fork of a scenario without a send rate (every one but open-loop). */
    public ForkResult(int fork, String status, long messagesSent, long messagesReceived, long measuredMessages,
                      long elapsedNs, long enqueueNs, LatencySummary rttNs, long cpuNs, long peakRssKb,
                      long allocBytes, long gcCount, long gcNs, long dropped) {
        this(fork, status, messagesSent, messagesReceived, measuredMessages, elapsedNs, enqueueNs, rttNs, cpuNs,
                peakRssKb, allocBytes, gcCount, gcNs, dropped, null, 0, 0.0);
    }

    /** A fork without a recorded warm-up or round (as sets written before either was). */
    public ForkResult(int fork, String status, long messagesSent, long messagesReceived, long measuredMessages,
                      long elapsedNs, long enqueueNs, LatencySummary rttNs, long cpuNs, long peakRssKb,
                      long allocBytes, long gcCount, long gcNs, long dropped, LatencySummary rttUncorrectedNs,
                      long targetRate, double achievedRate) {
        this(fork, status, messagesSent, messagesReceived, measuredMessages, elapsedNs, enqueueNs, rttNs, cpuNs,
                peakRssKb, allocBytes, gcCount, gcNs, dropped, rttUncorrectedNs, targetRate, achievedRate, null, 0);
    }

    /** This fork with its warm-up and timeline. */
    public ForkResult withWarmup(ForkWarmup value) {
        return new ForkResult(fork, status, messagesSent, messagesReceived, measuredMessages, elapsedNs, enqueueNs,
                rttNs, cpuNs, peakRssKb, allocBytes, gcCount, gcNs, dropped, rttUncorrectedNs, targetRate,
                achievedRate, value, round);
    }

    /** This fork, recorded as run in {@code number}. */
    public ForkResult inRound(int number) {
        return new ForkResult(fork, status, messagesSent, messagesReceived, measuredMessages, elapsedNs, enqueueNs,
                rttNs, cpuNs, peakRssKb, allocBytes, gcCount, gcNs, dropped, rttUncorrectedNs, targetRate,
                achievedRate, warmup, number);
    }

    /** True when an auto warm-up hit its cap before the fork was steady (measured anyway). */
    public boolean notSteady() {
        return warmup != null && warmup.notSteady();
    }

    public boolean ok() {
        return "ok".equals(status);
    }

    /**
     * False only for an open-loop fork whose pinger sent below {@link OpenLoopPeer#RATE_MET_FRACTION}
     * of its target (as the workers' {@code rate_met}).
     */
    public boolean rateMet() {
        return targetRate <= 0 || achievedRate >= OpenLoopPeer.RATE_MET_FRACTION * targetRate;
    }
}
