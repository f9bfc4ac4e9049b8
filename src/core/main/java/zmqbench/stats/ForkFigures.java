package zmqbench.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import zmqbench.protocol.Cost;
import zmqbench.protocol.SendRate;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Warmup;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.LatencySummary;
import zmqbench.results.Spread;

/** Each {@link Figure} of one fork, and their estimates across forks. */
public final class ForkFigures {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double NANOS_PER_MILLI = 1e6;

    /** MB as in MB/s: 10^6 bytes (not MiB), as network and libzmq's perf tools count. */
    static final double BYTES_PER_MB = 1e6;

    private ForkFigures() {
    }

    /**
     * The value of {@code figure} in {@code fork}, or empty when the fork does not measure it.
     * The fork's status is not looked at: pass ok forks.
     * <ul>
     *   <li>RTT_P50, RTT_P99, RTT_P999: the fork's round-trip percentiles (ns), when it has any samples (open-loop:
     *       from the intended send time, corrected for coordinated omission).
     *   <li>RTT_P50_UNCORRECTED, RTT_P99_UNCORRECTED: open-loop's round trips from the actual send (ns).
     *   <li>ACHIEVED_RATE_PERCENT: rate.achieved · 100 / rate.target, when the fork had a target (open-loop).
     *   <li>MSGS_PER_SEC: measuredMessages · 10^9 / elapsedNs, receiver side. MB_PER_SEC: that ·
     *       sizeBytes / 10^6. Both only for forks without round-trip samples (throughput): a latency
     *       fork's elapsed time covers round trips, whose rate is not a delivery rate.
     *   <li>ENQUEUE_MSGS_PER_SEC: measuredMessages · 10^9 / enqueueNs, sender side.
     *   <li>CPU_NS_PER_MSG: cpuNs / measuredMessages (per round trip in latency cells), when cpuNs
     *       ≥ 0 (-1: not measured); 0 is a real value (less than the CPU clock's resolution).
     *   <li>ALLOC_BYTES_PER_MSG: allocBytes / measuredMessages, when allocBytes ≥ 0 (JVM backends).
     *   <li>PEAK_RSS_KB: peakRssKb, when above 0.
     *   <li>DROPPED_PERCENT: dropped · 100 / (measuredMessages + dropped), for patterns that drop.
     *   <li>TIME_TO_STEADY_MS: warmup.durationNs / 10^6, when the warm-up was auto (judged); a fork that was
     *       not steady counts with its cap (and is flagged by the reports).
     *   <li>JIT_MS: cost.jitNs / 10^6, when every peer has a JIT. WARMUP_MESSAGES: warmup.messages.
     *   <li>WINDOW_CV_PERCENT: standard deviation / mean of the measured windows' values, in %, with
     *       two or more measured windows.
     *   <li>APP_CPU_NS_PER_MSG ... RUN_WAIT_NS_PER_MSG: the fork's per-thread accounting per measured
     *       message ({@link ThreadFigures}), when it has one.
     * </ul>
     * The warm-up figures need the fork's {@link ForkResult#warmup()} (absent in older files).
     */
    public static OptionalDouble value(ForkResult fork, Figure figure, int sizeBytes) {
        long messages = fork.counts().measured();
        long dropped = fork.counts().dropped();
        LatencySummary rtt = fork.latency().rttNs();
        LatencySummary uncorrected = fork.latency().rttUncorrectedNs();
        boolean latency = rtt != null && rtt.count() > 0;
        boolean uncorrectedLatency = uncorrected != null && uncorrected.count() > 0;
        long elapsedNs = fork.timing().elapsedNs();
        Cost cost = fork.cost();
        SendRate rate = fork.rate();
        Warmup warmup = fork.warmup();
        switch (figure) {
            case RTT_P50:
                return latency ? OptionalDouble.of(rtt.p50()) : OptionalDouble.empty();
            case RTT_P99:
                return latency ? OptionalDouble.of(rtt.p99()) : OptionalDouble.empty();
            case RTT_P999:
                return latency ? OptionalDouble.of(rtt.p999()) : OptionalDouble.empty();
            case MSGS_PER_SEC:
                return latency ? OptionalDouble.empty() : rate(messages, elapsedNs);
            case MB_PER_SEC:
                if (latency) {
                    return OptionalDouble.empty();
                }
                OptionalDouble msgsPerSec = rate(messages, elapsedNs);
                return msgsPerSec.isPresent()
                        ? OptionalDouble.of(msgsPerSec.getAsDouble() * sizeBytes / BYTES_PER_MB)
                        : msgsPerSec;
            case ENQUEUE_MSGS_PER_SEC:
                return rate(messages, fork.timing().enqueueNs());
            case CPU_NS_PER_MSG:
                return cost.cpuNs() >= 0 && messages > 0
                        ? OptionalDouble.of((double) cost.cpuNs() / messages)
                        : OptionalDouble.empty();
            case ALLOC_BYTES_PER_MSG:
                return cost.allocBytes() >= 0 && messages > 0
                        ? OptionalDouble.of((double) cost.allocBytes() / messages)
                        : OptionalDouble.empty();
            case PEAK_RSS_KB:
                return cost.peakRssKb() > 0 ? OptionalDouble.of(cost.peakRssKb()) : OptionalDouble.empty();
            case RTT_P50_UNCORRECTED:
                return uncorrectedLatency ? OptionalDouble.of(uncorrected.p50()) : OptionalDouble.empty();
            case RTT_P99_UNCORRECTED:
                return uncorrectedLatency ? OptionalDouble.of(uncorrected.p99()) : OptionalDouble.empty();
            case ACHIEVED_RATE_PERCENT:
                return rate != null && rate.target() > 0
                        ? OptionalDouble.of(100.0 * rate.achieved() / rate.target())
                        : OptionalDouble.empty();
            case DROPPED_PERCENT:
                return dropped >= 0 && messages + dropped > 0
                        ? OptionalDouble.of(100.0 * dropped / (messages + dropped))
                        : OptionalDouble.empty();
            case TIME_TO_STEADY_MS:
                return warmup != null && warmup.judged() ? OptionalDouble.of(warmup.durationNs() / NANOS_PER_MILLI)
                        : OptionalDouble.empty();
            case JIT_MS:
                return cost.jitNs() >= 0 ? OptionalDouble.of(cost.jitNs() / NANOS_PER_MILLI)
                        : OptionalDouble.empty();
            case WARMUP_MESSAGES:
                return warmup != null ? OptionalDouble.of(warmup.messages()) : OptionalDouble.empty();
            case WINDOW_CV_PERCENT:
                return warmup != null ? windowCvPercent(warmup) : OptionalDouble.empty();
            case APP_CPU_NS_PER_MSG, IO_CPU_NS_PER_MSG, JVM_CPU_NS_PER_MSG, SYSTEM_CPU_NS_PER_MSG, WAKEUPS_PER_MSG,
                    PREEMPTIONS_PER_MSG, MIGRATIONS_PER_MSG, RUN_WAIT_NS_PER_MSG:
                return ThreadFigures.perMessage(fork.threads(), figure, messages);
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
     * {@code CellResult.figures} holds. Forks whose status is not ok are skipped. A figure the forks
     * measured in slices comes from the slices ({@link SliceStats#absolute}), its interval over
     * rounds and forks.
     */
    public static Map<String, Estimate> estimates(List<ForkResult> okForks, int sizeBytes) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            double[][] slices = SliceFigures.values(okForks, figure, sizeBytes);
            Estimate sliced = slices == null ? null : SliceStats.absolute(slices);
            if (sliced != null) {
                estimates.put(figure.key(), sliced);
                continue;
            }
            double[] values = values(okForks, figure, sizeBytes);
            if (values.length > 0) {
                estimates.put(figure.key(), ForkStats.estimate(values));
            }
        }
        return estimates;
    }

    /**
     * Spread of the measured windows' values within the fork: their standard deviation over their
     * mean, in %; empty with fewer than two measured windows.
     */
    private static OptionalDouble windowCvPercent(Warmup warmup) {
        return Spread.cvPercent(warmup.timeline().stream().filter(TimelineWindow::measured)
                .mapToDouble(TimelineWindow::value).filter(Double::isFinite).toArray());
    }

    private static OptionalDouble rate(long messages, long ns) {
        return messages > 0 && ns > 0 ? OptionalDouble.of(messages * NANOS_PER_SECOND / ns) : OptionalDouble.empty();
    }
}
