package zmqbench.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.ForkWarmup;

/** Each {@link Figure} of one fork, and their estimates across forks. */
public final class ForkFigures {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double NANOS_PER_MILLI = 1e6;

    /** MB as in MB/s: 10^6 bytes (not MiB), as network and libzmq's perf tools count. */
    private static final double BYTES_PER_MB = 1e6;

    private ForkFigures() {
    }

    /**
     * The value of {@code figure} in {@code fork}, or empty when the fork does not measure it.
     * The fork's status is not looked at: pass ok forks.
     * <ul>
     *   <li>RTT_P50, RTT_P99, RTT_P999: the fork's round-trip percentiles (ns), when it has any samples (open-loop:
     *       from the intended send time, corrected for coordinated omission).
     *   <li>RTT_P50_UNCORRECTED, RTT_P99_UNCORRECTED: open-loop's round trips from the actual send (ns).
     *   <li>ACHIEVED_RATE_PERCENT: achievedRate · 100 / targetRate, when the fork had a target (open-loop).
     *   <li>MSGS_PER_SEC: measuredMessages · 10^9 / elapsedNs, receiver side. MB_PER_SEC: that ·
     *       sizeBytes / 10^6. Both only for forks without round-trip samples (throughput): a latency
     *       fork's elapsed time covers round trips, whose rate is not a delivery rate.
     *   <li>ENQUEUE_MSGS_PER_SEC: measuredMessages · 10^9 / enqueueNs, sender side.
     *   <li>CPU_NS_PER_MSG: cpuNs / measuredMessages (per round trip in latency cells), when cpuNs
     *       ≥ 0 (-1: not measured); 0 is a real value (less than the CPU clock's resolution).
     *   <li>ALLOC_BYTES_PER_MSG: allocBytes / measuredMessages, when allocBytes ≥ 0 (JVM backends).
     *   <li>PEAK_RSS_KB: peakRssKb, when above 0.
     *   <li>DROPPED_PERCENT: dropped · 100 / (measuredMessages + dropped), for patterns that drop.
     *   <li>TIME_TO_STEADY_MS: warmupNs / 10^6, when the warm-up was auto (judged); a fork that was
     *       not steady counts with its cap (and is flagged by the reports).
     *   <li>JIT_MS: jitNs / 10^6, when every peer has a JIT. WARMUP_MESSAGES: warmupMessages.
     *   <li>WINDOW_CV_PERCENT: standard deviation / mean of the measured windows' values, in %, with
     *       two or more measured windows.
     * </ul>
     * The warm-up figures need the fork's {@link ForkResult#warmup()} (absent in older files).
     */
    public static OptionalDouble value(ForkResult fork, Figure figure, int sizeBytes) {
        long messages = fork.measuredMessages();
        boolean latency = fork.rttNs() != null && fork.rttNs().count() > 0;
        ForkWarmup warmup = fork.warmup();
        switch (figure) {
            case RTT_P50:
                return latency ? OptionalDouble.of(fork.rttNs().p50()) : OptionalDouble.empty();
            case RTT_P99:
                return latency ? OptionalDouble.of(fork.rttNs().p99()) : OptionalDouble.empty();
            case RTT_P999:
                return latency ? OptionalDouble.of(fork.rttNs().p999()) : OptionalDouble.empty();
            case MSGS_PER_SEC:
                return latency ? OptionalDouble.empty() : rate(messages, fork.elapsedNs());
            case MB_PER_SEC:
                if (latency) {
                    return OptionalDouble.empty();
                }
                OptionalDouble msgsPerSec = rate(messages, fork.elapsedNs());
                return msgsPerSec.isPresent()
                        ? OptionalDouble.of(msgsPerSec.getAsDouble() * sizeBytes / BYTES_PER_MB)
                        : msgsPerSec;
            case ENQUEUE_MSGS_PER_SEC:
                return rate(messages, fork.enqueueNs());
            case CPU_NS_PER_MSG:
                return fork.cpuNs() >= 0 && messages > 0
                        ? OptionalDouble.of((double) fork.cpuNs() / messages)
                        : OptionalDouble.empty();
            case ALLOC_BYTES_PER_MSG:
                return fork.allocBytes() >= 0 && messages > 0
                        ? OptionalDouble.of((double) fork.allocBytes() / messages)
                        : OptionalDouble.empty();
            case PEAK_RSS_KB:
                return fork.peakRssKb() > 0 ? OptionalDouble.of(fork.peakRssKb()) : OptionalDouble.empty();
            case RTT_P50_UNCORRECTED:
                return uncorrected(fork) ? OptionalDouble.of(fork.rttUncorrectedNs().p50()) : OptionalDouble.empty();
            case RTT_P99_UNCORRECTED:
                return uncorrected(fork) ? OptionalDouble.of(fork.rttUncorrectedNs().p99()) : OptionalDouble.empty();
            case ACHIEVED_RATE_PERCENT:
                return fork.targetRate() > 0
                        ? OptionalDouble.of(100.0 * fork.achievedRate() / fork.targetRate())
                        : OptionalDouble.empty();
            case DROPPED_PERCENT:
                return fork.dropped() >= 0 && messages + fork.dropped() > 0
                        ? OptionalDouble.of(100.0 * fork.dropped() / (messages + fork.dropped()))
                        : OptionalDouble.empty();
            case TIME_TO_STEADY_MS:
                return warmup != null && warmup.judged() ? OptionalDouble.of(warmup.warmupNs() / NANOS_PER_MILLI)
                        : OptionalDouble.empty();
            case JIT_MS:
                return warmup != null && warmup.jitNs() >= 0 ? OptionalDouble.of(warmup.jitNs() / NANOS_PER_MILLI)
                        : OptionalDouble.empty();
            case WARMUP_MESSAGES:
                return warmup != null ? OptionalDouble.of(warmup.warmupMessages()) : OptionalDouble.empty();
            case WINDOW_CV_PERCENT:
                return warmup != null ? warmup.windowCvPercent() : OptionalDouble.empty();
            default:
                throw new IllegalArgumentException("unknown figure " + figure);
        }
    }

    /** The values of {@code figure} in the ok forks that measure it, in fork order. */
    public static double[] values(List<ForkResult> forks, Figure figure, int sizeBytes) {
        return forks.stream()
                .filter(ForkResult::ok)
                .map(fork -> value(fork, figure, sizeBytes))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
    }

    /**
     * Every figure that at least one ok fork measures, estimated across forks
     * ({@link ForkStats#estimate}), keyed by {@link Figure#key()} in {@link Figure} order: what
     * {@code CellResult.figures} holds. Forks whose status is not ok are skipped.
     */
    public static Map<String, Estimate> estimates(List<ForkResult> okForks, int sizeBytes) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            double[] values = values(okForks, figure, sizeBytes);
            if (values.length > 0) {
                estimates.put(figure.key(), ForkStats.estimate(values));
            }
        }
        return estimates;
    }

    private static boolean uncorrected(ForkResult fork) {
        return fork.rttUncorrectedNs() != null && fork.rttUncorrectedNs().count() > 0;
    }

    private static OptionalDouble rate(long messages, long ns) {
        return messages > 0 && ns > 0 ? OptionalDouble.of(messages * NANOS_PER_SECOND / ns) : OptionalDouble.empty();
    }
}
