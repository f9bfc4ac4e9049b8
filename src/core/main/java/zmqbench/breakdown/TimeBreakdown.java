package zmqbench.breakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import zmqbench.protocol.ThreadClassCost;
import zmqbench.protocol.ThreadCosts;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.scenario.ScenarioKind;

/**
 * Where each backend's extra time per message over the baseline goes, in one cell: native
 * crossings (count x the measured cost of one), GC, scheduling (time waiting for a CPU) and the
 * rest, which is never hidden. Means over ok forks, per message (per round trip in latency cells);
 * the time per message is the timed interval over the measured messages (latency: the mean round
 * trip; throughput: 1 / delivered rate), so that it adds up with the parts, which are means too.
 */
public final class TimeBreakdown {

    /** Native calls per round trip (two sends and two receives) and per message (one of each). */
    static final int CROSSINGS_PER_ROUND_TRIP = 4;
    static final int CROSSINGS_PER_MESSAGE = 2;

    /** The threads a message passes through. */
    private static final List<String> MESSAGE_PATH =
            List.of(ThreadCosts.APPLICATION, ThreadCosts.LIBZMQ_IO, ThreadCosts.JEROMQ_IO);

    private TimeBreakdown() {
    }

    /** The scenarios a breakdown explains: one figure of time per message. */
    public static boolean explains(ScenarioKind scenario) {
        return scenario == ScenarioKind.LATENCY || scenario == ScenarioKind.THROUGHPUT;
    }

    /**
     * One row per backend of {@code cells} but the baseline, in their order; empty when the
     * baseline's cell is missing or failed. Failed backends' cells are left out.
     */
    public static List<BreakdownRow> rows(CellResult baseline, List<CellResult> cells, CrossingCosts costs) {
        List<BreakdownRow> rows = new ArrayList<>();
        if (baseline == null || !baseline.ok() || mean(baseline, TimeBreakdown::nsPerMessage).isNaN()) {
            return rows;
        }
        for (CellResult cell : cells) {
            if (cell != null && cell.ok() && !cell.backend().equals(baseline.backend())) {
                rows.add(row(baseline, cell, costs));
            }
        }
        return rows;
    }

    static BreakdownRow row(CellResult baseline, CellResult cell, CrossingCosts costs) {
        CellKey key = cell.key();
        boolean roundTrips = key.scenario().roundTrips();
        String backend = cell.backend();
        double extra = mean(cell, TimeBreakdown::nsPerMessage) - mean(baseline, TimeBreakdown::nsPerMessage);
        Double counted = mean(cell, fork -> perMessage(fork, fork.cost().nativeCrossings()));
        boolean isCounted = !counted.isNaN();
        double crossings = isCounted ? counted : derivedCrossings(backend, roundTrips);
        Double cost = costs.of(backend);
        double crossingNs = cost == null ? (crossings == 0 ? 0 : Double.NaN) : cost;
        double crossingsTime = crossings * crossingNs;
        int copies = CopyPath.perMessage(backend, roundTrips);
        long copied = copies < 0 ? -1 : (long) copies * key.size();
        double alloc = mean(cell, fork -> perMessage(fork, fork.cost().allocBytes()));
        double gc = orZero(mean(cell, fork -> perMessage(fork, fork.cost().gcNs())));
        double scheduling = difference(cell, baseline, ThreadClassCost::runWaitNs);
        double wakeups = difference(cell, baseline, ThreadClassCost::voluntarySwitches);
        double migrations = difference(cell, baseline, ThreadClassCost::migrations);
        double rest = extra - orZero(crossingsTime) - gc - orZero(scheduling);
        return new BreakdownRow(backend, extra, crossings, isCounted, crossingNs, crossingsTime, copies, copied,
                alloc, gc, scheduling, wakeups, migrations, rest);
    }

    /** What the API path makes: every libzmq binding one call per send and per receive; c and JeroMQ none. */
    static double derivedCrossings(String backend, boolean roundTrips) {
        if (backend.equals("c") || backend.equals("jeromq")) {
            return 0;
        }
        return roundTrips ? CROSSINGS_PER_ROUND_TRIP : CROSSINGS_PER_MESSAGE;
    }

    private static double nsPerMessage(ForkResult fork) {
        return perMessage(fork, fork.timing().elapsedNs());
    }

    private static double perMessage(ForkResult fork, long total) {
        long messages = fork.counts().measured();
        return total < 0 || messages <= 0 ? Double.NaN : (double) total / messages;
    }

    /**
     * A figure of the message path's threads (application and ZeroMQ I/O: the JIT's and GC's waits
     * are off that path) per message in {@code cell} less the baseline's; NaN when either has no
     * accounting.
     */
    private static double difference(CellResult cell, CellResult baseline, ToDoubleFunction<ThreadClassCost> figure) {
        ToDoubleFunction<ForkResult> perFork = fork -> {
            if (fork.threads().classes().isEmpty()) {
                return Double.NaN;
            }
            double sum = 0;
            for (ThreadClassCost threads : fork.threads().classes()) {
                if (MESSAGE_PATH.contains(threads.name())) {
                    sum += figure.applyAsDouble(threads);
                }
            }
            return perMessage(fork, (long) sum);
        };
        return mean(cell, perFork) - mean(baseline, perFork);
    }

    /** The mean of {@code value} over the ok forks that have it; NaN when none has. */
    private static Double mean(CellResult cell, ToDoubleFunction<ForkResult> value) {
        double sum = 0;
        int n = 0;
        for (ForkResult fork : cell.forks()) {
            double v = fork.ok() ? value.applyAsDouble(fork) : Double.NaN;
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
