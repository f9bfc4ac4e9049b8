package zmqbench.results;

import com.google.gson.annotations.JsonAdapter;
import java.util.List;
import zmqbench.protocol.Cost;
import zmqbench.protocol.SendRate;
import zmqbench.protocol.Timing;
import zmqbench.protocol.Warmup;
import zmqbench.scenario.OpenLoopPeer;
import zmqbench.threads.ThreadCosts;

/**
 * What one fork of one cell measured, merged from its peer processes, grouped by concern; built by
 * name ({@link #builder}, {@link #failed}). Stored as nested objects in snake_case; sets written
 * before the grouping (flat fields) read through {@link FlatForkResult}.
 *
 * @param fork the fork's number in its cell
 * @param round the interleaved round this fork ran in (1, 2, ...; every backend of a cell runs once
 *     per round, so forks of one round are paired), or 0 when not recorded
 * @param status {@code ok}, or one line saying what went wrong
 * @param counts the messages sent, received, measured and dropped
 * @param timing the timed interval (receiver's first-to-last message, or the round trips' total)
 *     and the sender's time to enqueue the measured messages (throughput only)
 * @param latency round-trip percentiles; {@link ForkLatency#NONE} without round trips
 * @param cost of all peers' processes together ({@link Cost#together}): CPU, heap, collections and
 *     JIT summed (-1 for a figure the C worker does not measure), the largest peak resident set
 * @param threads of all peers' processes together ({@link ThreadCosts#together}): each class of
 *     thread's CPU, context switches, migrations and wait for a CPU over the metered spans (a
 *     sliced fork's: over its slices only, see {@link #withSliceThreads}); none in sets written
 *     before the accounting
 * @param peerThreads the same per peer process, the binder's first (one, for inproc); empty in
 *     sets written before it
 * @param rate open-loop: the pinger's send rate, asked for and achieved; null otherwise
 * @param warmup how the fork warmed up, its timeline and steady state, as its timed side saw it;
 *     null for a failed fork
 * @param slices a sliced fork's slices in the order they ran, disturbed ones included; empty when the
 *     fork measured one interval
 */
@JsonAdapter(FlatForkResult.class)
public record ForkResult(
        int fork,
        int round,
        String status,
        ForkCounts counts,
        Timing timing,
        ForkLatency latency,
        Cost cost,
        ThreadCosts threads,
        List<ThreadCosts> peerThreads,
        SendRate rate,
        Warmup warmup,
        List<SliceResult> slices) {

    /** A null latency (absent from a file) reads as none. */
    public ForkResult {
        latency = latency == null ? ForkLatency.NONE : latency;
        threads = threads == null ? ThreadCosts.NONE : threads;
        peerThreads = peerThreads == null ? List.of() : List.copyOf(peerThreads);
        slices = slices == null ? List.of() : List.copyOf(slices);
    }

    /** A fork to build by name: every figure not given is 0, or -1 where that means "not measured". */
    public static Builder builder(int fork, String status) {
        return new Builder(fork, status);
    }

    /** A fork that failed for {@code why}, before it measured anything. */
    public static ForkResult failed(int fork, String why) {
        return builder(fork, why).build();
    }

    /** This fork with its warm-up and timeline. */
    public ForkResult withWarmup(Warmup value) {
        return new ForkResult(fork, round, status, counts, timing, latency, cost, threads, peerThreads, rate,
                value, slices);
    }

    /** This fork, recorded as run in {@code number}. */
    public ForkResult inRound(int number) {
        return new ForkResult(fork, number, status, counts, timing, latency, cost, threads, peerThreads, rate,
                warmup, slices);
    }

    /** This fork with the slices it ran. */
    public ForkResult withSlices(List<SliceResult> value) {
        return new ForkResult(fork, round, status, counts, timing, latency, cost, threads, peerThreads, rate,
                warmup, value);
    }

    /**
     * This fork with each peer's accounting over its slices only (the parent's reads of the
     * workers' threads around each slice), and their sum as its {@code threads}.
     */
    public ForkResult withSliceThreads(List<ThreadCosts> perPeer) {
        return new ForkResult(fork, round, status, counts, timing, latency, cost, ThreadCosts.together(perPeer),
                perPeer, rate, warmup, slices);
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
        return rate == null || rate.met();
    }

    /** Builds a {@link ForkResult} one named figure at a time. */
    public static final class Builder {
        private final int fork;
        private final String status;
        private int round;
        private long sent;
        private long received;
        private long measured;
        private long dropped = -1;
        private long elapsedNs;
        private long enqueueNs;
        private LatencySummary rttNs;
        private LatencySummary rttUncorrectedNs;
        private long cpuNs = -1;
        private long peakRssKb = -1;
        private long allocBytes = -1;
        private long gcCount = -1;
        private long gcNs = -1;
        private long jitNs = -1;
        private long jitMeasuredNs = -1;
        private long nativeCrossings = -1;
        private List<ThreadCosts> peerThreads = List.of();
        private SendRate rate;
        private Warmup warmup;

        private Builder(int fork, String status) {
            this.fork = fork;
            this.status = status;
        }

        public Builder round(int value) {
            round = value;
            return this;
        }

        public Builder sent(long value) {
            sent = value;
            return this;
        }

        public Builder received(long value) {
            received = value;
            return this;
        }

        public Builder measured(long value) {
            measured = value;
            return this;
        }

        /** Measured messages dropped; -1 (the default): a pattern that never drops. */
        public Builder dropped(long value) {
            dropped = value;
            return this;
        }

        public Builder elapsedNs(long value) {
            elapsedNs = value;
            return this;
        }

        public Builder enqueueNs(long value) {
            enqueueNs = value;
            return this;
        }

        public Builder rttNs(LatencySummary value) {
            rttNs = value;
            return this;
        }

        public Builder rttUncorrectedNs(LatencySummary value) {
            rttUncorrectedNs = value;
            return this;
        }

        /** Every cost figure at once, from {@code value}. */
        public Builder cost(Cost value) {
            cpuNs = value.cpuNs();
            peakRssKb = value.peakRssKb();
            allocBytes = value.allocBytes();
            gcCount = value.gcCount();
            gcNs = value.gcNs();
            jitNs = value.jitNs();
            jitMeasuredNs = value.jitMeasuredNs();
            nativeCrossings = value.nativeCrossings();
            return this;
        }

        public Builder cpuNs(long value) {
            cpuNs = value;
            return this;
        }

        public Builder peakRssKb(long value) {
            peakRssKb = value;
            return this;
        }

        public Builder allocBytes(long value) {
            allocBytes = value;
            return this;
        }

        public Builder gcCount(long value) {
            gcCount = value;
            return this;
        }

        public Builder gcNs(long value) {
            gcNs = value;
            return this;
        }

        public Builder jitNs(long value) {
            jitNs = value;
            return this;
        }

        public Builder jitMeasuredNs(long value) {
            jitMeasuredNs = value;
            return this;
        }

        /** Each peer's figures by class of thread, the binder's first; the fork's threads are their sum. */
        public Builder peerThreads(List<ThreadCosts> value) {
            peerThreads = value;
            return this;
        }

        /** Open-loop's send rate; none (null, the default) for the other scenarios. */
        public Builder rate(SendRate value) {
            rate = value;
            return this;
        }

        public Builder warmup(Warmup value) {
            warmup = value;
            return this;
        }

        public ForkResult build() {
            return new ForkResult(fork, round, status, new ForkCounts(sent, received, measured, dropped),
                    new Timing(elapsedNs, enqueueNs), new ForkLatency(rttNs, rttUncorrectedNs),
                    new Cost(cpuNs, peakRssKb, allocBytes, gcCount, gcNs, jitNs, jitMeasuredNs, nativeCrossings),
                    ThreadCosts.together(peerThreads), peerThreads, rate, warmup, List.of());
        }
    }
}
