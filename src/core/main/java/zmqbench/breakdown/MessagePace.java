package zmqbench.breakdown;

import java.util.List;
import java.util.function.ToDoubleFunction;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.SliceResult;
import zmqbench.threads.ThreadClassCost;
import zmqbench.threads.ThreadCosts;

/**
 * What a message's time is made of, per message (per round trip in latency), from a fork's timed
 * interval and its per-thread accounting: the time, the CPU of the threads that set the pace, and
 * their wake-ups. Latency: every message waits for the one before, so the pace is set by both
 * peers' threads together, and the time is their CPU plus the time the path is off every CPU
 * (waking up). Throughput: the peers work in parallel, so the pace is set by the busier peer's
 * process (with placement {@code separate} its threads share one CPU), and the time is its CPU
 * plus the time it is idle, waiting for the other. NaN in a figure the fork does not have.
 *
 * @param nsPerMessage the timed interval over the measured messages (sliced: the undisturbed slices' sums)
 * @param pathCpuNs CPU of the pacing threads on the message's path: application and ZeroMQ I/O
 * @param gcNs CPU of the pacing process's GC threads
 * @param otherThreadsNs CPU of its other threads: JIT compilers, the VM thread, ...
 * @param wakeups voluntary context switches (blocking waits, each ended by a wake-up) of the path threads
 * @param runWaitNs time the path threads were runnable but waiting for a CPU (schedstat)
 * @param migrations their moves between CPUs
 * @param pacedBy "both peers" (latency), or the busier peer in throughput: "receiver" or "sender"
 * @param nsStandardError the standard error of {@code nsPerMessage} over the slices (forks, unsliced)
 *     it is the mean of; NaN over fewer than two
 */
public record MessagePace(double nsPerMessage, double pathCpuNs, double gcNs, double otherThreadsNs, double wakeups,
                          double runWaitNs, double migrations, String pacedBy, double nsStandardError) {

    static final String BOTH = "both peers";
    /** The binder first: the receiver in throughput, then the sender. */
    private static final List<String> THROUGHPUT_PEERS = List.of("receiver", "sender");
    private static final List<String> PATH =
            List.of(ThreadCosts.APPLICATION, ThreadCosts.LIBZMQ_IO, ThreadCosts.JEROMQ_IO);

    /**
     * True when the other threads' CPU adds to a message's time: throughput, where they share the
     * pacing process's CPU with its busy path. In latency the path sleeps through most of each
     * round trip and they run in that idle time (they delay it only where it waits for a CPU).
     */
    public boolean otherThreadsAdd() {
        return !pacedBy.equals(BOTH);
    }

    /** CPU of the pacing threads that adds to a message's time: the path's, GC's, and the others' where they add. */
    public double busyNs() {
        return pathCpuNs + gcNs + (otherThreadsAdd() ? otherThreadsNs : 0);
    }

    /**
     * The time the pace is off the CPU per wake-up: what a message takes beyond its CPU, over
     * the wake-ups; NaN without a wake-up.
     */
    public double offCpuNsPerWakeup() {
        return wakeups > 0 ? (nsPerMessage - busyNs()) / wakeups : Double.NaN;
    }

    /**
     * One fork's pace; null when it measured no message. A sliced fork's is over its quiet slices,
     * where they kept their accounting: those the weather did not disturb, not even the last try of a
     * disturbed slice, which the headline keeps (on a virtual machine the time the host gives its
     * CPUs to other guests, steal, counts as the threads' own CPU and makes their wake-ups late);
     * else over all it measured.
     */
    static MessagePace of(ForkResult fork, boolean roundTrips) {
        List<SliceResult> kept = quietSlices(fork);
        if (kept.isEmpty()) {
            return of(fork.counts().measured(), fork.timing().elapsedNs(), fork.threads(), fork.peerThreads(),
                    roundTrips);
        }
        List<ThreadCosts> peers = List.of();
        for (SliceResult slice : kept) {
            peers = ThreadCosts.andThen(peers, slice.peerThreads());
        }
        return of(kept.stream().mapToLong(SliceResult::messages).sum(),
                kept.stream().mapToLong(SliceResult::elapsedNs).sum(), ThreadCosts.together(peers), peers,
                roundTrips);
    }

    private static List<SliceResult> quietSlices(ForkResult fork) {
        return fork.slices().stream().filter(s -> !s.disturbed() && !s.peerThreads().isEmpty()
                && (s.weather() == null || !s.weather().disturbed())).toList();
    }

    /** The times per message a fork's pace is the mean of: its quiet slices', or its own. */
    private static List<Double> samples(ForkResult fork) {
        List<SliceResult> kept = quietSlices(fork);
        if (kept.isEmpty()) {
            MessagePace pace = of(fork, true);
            return pace == null ? List.of() : List.of(pace.nsPerMessage);
        }
        return kept.stream().filter(s -> s.messages() > 0).map(s -> (double) s.elapsedNs() / s.messages()).toList();
    }

    private static MessagePace of(long messages, long elapsedNs, ThreadCosts together, List<ThreadCosts> peers,
                                  boolean roundTrips) {
        if (messages <= 0 || elapsedNs <= 0) {
            return null;
        }
        ThreadCosts threads = together;
        String pacedBy = BOTH;
        if (!roundTrips && peers.size() == THROUGHPUT_PEERS.size()) {
            int busier = total(peers.get(0)) >= total(peers.get(1)) ? 0 : 1;
            threads = peers.get(busier);
            pacedBy = THROUGHPUT_PEERS.get(busier);
        }
        double perMessage = 1.0 / messages;
        boolean none = threads.classes().isEmpty();
        return new MessagePace(elapsedNs * perMessage,
                none ? Double.NaN : sum(threads, PATH, ThreadClassCost::runNs) * perMessage,
                none ? Double.NaN : sum(threads, List.of(ThreadCosts.GC), ThreadClassCost::runNs) * perMessage,
                none ? Double.NaN : sum(threads, List.of(ThreadCosts.JIT, ThreadCosts.OTHER), ThreadClassCost::runNs)
                        * perMessage,
                none ? Double.NaN : sum(threads, PATH, ThreadClassCost::voluntarySwitches) * perMessage,
                none ? Double.NaN : sum(threads, PATH, ThreadClassCost::runWaitNs) * perMessage,
                none ? Double.NaN : sum(threads, PATH, ThreadClassCost::migrations) * perMessage, pacedBy,
                Double.NaN);
    }

    /**
     * The mean pace over a cell's ok forks, figure by figure (each over the forks that have it);
     * null when none measured. The pacing peer is the one most forks had; the standard error is over
     * all its forks' quiet slices.
     */
    static MessagePace mean(CellResult cell, boolean roundTrips) {
        List<MessagePace> paces = cell.forks().stream().filter(ForkResult::ok).map(f -> of(f, roundTrips))
                .filter(p -> p != null).toList();
        if (paces.isEmpty()) {
            return null;
        }
        long receivers = paces.stream().filter(p -> p.pacedBy.equals(THROUGHPUT_PEERS.get(0))).count();
        long senders = paces.stream().filter(p -> p.pacedBy.equals(THROUGHPUT_PEERS.get(1))).count();
        String pacedBy = receivers + senders == 0 ? BOTH : THROUGHPUT_PEERS.get(receivers >= senders ? 0 : 1);
        return new MessagePace(mean(paces, MessagePace::nsPerMessage), mean(paces, MessagePace::pathCpuNs),
                mean(paces, MessagePace::gcNs), mean(paces, MessagePace::otherThreadsNs),
                mean(paces, MessagePace::wakeups), mean(paces, MessagePace::runWaitNs),
                mean(paces, MessagePace::migrations), pacedBy, standardError(cell.forks().stream()
                        .filter(ForkResult::ok).flatMap(f -> samples(f).stream()).toList()));
    }

    private static double standardError(List<Double> values) {
        int n = values.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (n - 1) / n);
    }

    private static double mean(List<MessagePace> paces, ToDoubleFunction<MessagePace> figure) {
        return paces.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static long total(ThreadCosts threads) {
        return threads.classes().stream().mapToLong(ThreadClassCost::runNs).sum();
    }

    private static double sum(ThreadCosts threads, List<String> classes, ToDoubleFunction<ThreadClassCost> figure) {
        return threads.classes().stream().filter(c -> classes.contains(c.name())).mapToDouble(figure).sum();
    }
}
