package zmqbench.breakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.scenario.ScenarioKind;

/**
 * Where each backend's extra time per message over the baseline goes, in one cell, from the
 * measured pace ({@link MessagePace}): a message's time is the CPU of the threads that set the pace
 * plus the time they are off the CPU, which is a number of wake-ups. So the extra is the pacing
 * threads' extra CPU (native crossings, count x the measured cost of one; the binding's other work
 * on the message path; GC threads; in throughput JIT and other threads, which in latency run while
 * the path sleeps and are only shown), plus the extra wake-ups at the time the
 * baseline spends off the CPU per wake-up, plus the rest, which is never hidden: other processes'
 * time on the pacing CPU, wake-ups that cost more or less than the baseline's, and (latency) work
 * the two peers do at the same time. Means over ok forks, per message (per round trip in latency
 * cells); a sliced fork's figures are over its slices only.
 */
public final class TimeBreakdown {

    /** Native calls per round trip (two sends and two receives), and per message on the pacing peer (one). */
    static final int CROSSINGS_PER_ROUND_TRIP = 4;
    static final int CROSSINGS_PER_MESSAGE = 1;

    private TimeBreakdown() {
    }

    /** The scenarios a breakdown explains: one figure of time per message. */
    public static boolean explains(ScenarioKind scenario) {
        return scenario == ScenarioKind.LATENCY || scenario == ScenarioKind.THROUGHPUT;
    }

    /** The baseline's pace in its cell: the floor the rows are taken apart against; null without one. */
    public static MessagePace floor(CellResult baseline) {
        return baseline == null || !baseline.ok() ? null
                : MessagePace.mean(baseline, baseline.key().scenario().roundTrips());
    }

    /**
     * One row per backend of {@code cells} but the baseline, in their order; empty when the
     * baseline's cell is missing or failed. Failed backends' cells are left out.
     */
    public static List<BreakdownRow> rows(CellResult baseline, List<CellResult> cells, CrossingCosts costs) {
        List<BreakdownRow> rows = new ArrayList<>();
        MessagePace floor = floor(baseline);
        if (floor == null) {
            return rows;
        }
        for (CellResult cell : cells) {
            MessagePace pace = cell == null || !cell.ok() || cell.backend().equals(baseline.backend()) ? null
                    : MessagePace.mean(cell, cell.key().scenario().roundTrips());
            if (pace != null) {
                rows.add(row(floor, cell, pace, costs));
            }
        }
        return rows;
    }

    private static BreakdownRow row(MessagePace floor, CellResult cell, MessagePace pace, CrossingCosts costs) {
        CellKey key = cell.key();
        boolean roundTrips = key.scenario().roundTrips();
        String backend = cell.backend();
        double extra = pace.nsPerMessage() - floor.nsPerMessage();
        // counted: both peers' calls; throughput is paced by one of them, which makes half
        double share = roundTrips ? 1 : 0.5;
        double counted = mean(cell, fork -> perMessage(fork, fork.cost().nativeCrossings()) * share);
        boolean isCounted = !Double.isNaN(counted);
        double crossings = isCounted ? counted : derivedCrossings(backend, roundTrips);
        Double cost = costs.of(backend);
        double crossingNs = cost == null ? (crossings == 0 ? 0 : Double.NaN) : cost;
        double crossingsTime = crossings * crossingNs;
        double binding = pace.pathCpuNs() - floor.pathCpuNs() - orZero(crossingsTime);
        double gc = pace.gcNs() - floor.gcNs();
        double others = pace.otherThreadsNs() - floor.otherThreadsNs();
        double wakeups = pace.wakeups() - floor.wakeups();
        double wakeupNs = wakeups * floor.offCpuNsPerWakeup();
        double rest = extra - orZero(crossingsTime) - orZero(binding) - orZero(gc)
                - (pace.otherThreadsAdd() ? orZero(others) : 0) - orZero(wakeupNs);
        int copies = CopyPath.perMessage(backend, roundTrips);
        long copied = copies < 0 ? -1 : (long) copies * key.size();
        double alloc = mean(cell, fork -> perMessage(fork, fork.cost().allocBytes()));
        return new BreakdownRow(backend, pace.pacedBy(), extra, crossings, isCounted, crossingNs, crossingsTime,
                binding, gc, others, pace.otherThreadsAdd(), wakeups, wakeupNs, rest, pace.runWaitNs() - floor.runWaitNs(),
                pace.migrations() - floor.migrations(), copies, copied, alloc,
                2 * Math.hypot(pace.nsStandardError(), floor.nsStandardError()));
    }

    /** What the API path makes: every libzmq binding one call per send and per receive; c and JeroMQ none. */
    static double derivedCrossings(String backend, boolean roundTrips) {
        if (backend.equals("c") || backend.equals("jeromq")) {
            return 0;
        }
        return roundTrips ? CROSSINGS_PER_ROUND_TRIP : CROSSINGS_PER_MESSAGE;
    }

    private static double perMessage(ForkResult fork, long total) {
        long messages = fork.counts().measured();
        return total < 0 || messages <= 0 ? Double.NaN : (double) total / messages;
    }

    /** The mean of {@code value} over the ok forks that have it; NaN when none has. */
    private static double mean(CellResult cell, ToDoubleFunction<ForkResult> value) {
        return cell.forks().stream().filter(ForkResult::ok).mapToDouble(value).filter(v -> !Double.isNaN(v))
                .average().orElse(Double.NaN);
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
