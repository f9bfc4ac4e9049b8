package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import zmqbench.results.Figure;
import zmqbench.scenario.OpenLoopPeer;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenarios.ScenarioType;

/** How reports name each {@link Figure}, in which unit they print it, and which figures a scenario shows. */
public final class FigureLabels {

    private FigureLabels() {
    }

    /** The per-thread accounting's CPU split, as the latency and throughput tables show it. */
    private static final List<Figure> THREAD_CPU = List.of(Figure.APP_CPU_NS_PER_MSG, Figure.IO_CPU_NS_PER_MSG,
            Figure.JVM_CPU_NS_PER_MSG, Figure.SYSTEM_CPU_NS_PER_MSG);
    /** The per-thread accounting's scheduling figures, shown for every scenario. */
    private static final List<Figure> SCHEDULING = List.of(Figure.WAKEUPS_PER_MSG, Figure.PREEMPTIONS_PER_MSG,
            Figure.MIGRATIONS_PER_MSG, Figure.RUN_WAIT_NS_PER_MSG);

    /** The figures a scenario's tables show, in order. */
    public static List<Figure> figures(ScenarioKind scenario) {
        List<Figure> figures = new ArrayList<>(ScenarioType.of(scenario).figures());
        if (scenario != ScenarioKind.OPEN_LOOP) { // the open-loop pinger spins by design
            figures.addAll(THREAD_CPU);
        }
        figures.addAll(SCHEDULING);
        return List.copyOf(figures);
    }

    /** A table title saying what is measured, where, and in which unit. */
    public static String title(Figure figure, ScenarioKind scenario) {
        boolean latency = scenario.roundTrips();
        String per = latency ? "round trip" : "message";
        String own = ScenarioType.of(scenario).title(figure);
        if (own != null) {
            return own;
        }
        switch (figure) {
            case RTT_P50:
                return "RTT p50, µs (one way = RTT/2)";
            case RTT_P99:
                return "RTT p99, µs (one way = RTT/2)";
            case RTT_P999:
                return "RTT p99.9, µs (one way = RTT/2)";
            case MSGS_PER_SEC:
                return "delivered msg/s, at the receiver";
            case MB_PER_SEC:
                return "delivered MB/s, at the receiver (MB = 10^6 bytes)";
            case ENQUEUE_MSGS_PER_SEC:
                return "sender enqueue rate, msg/s (how fast send() returns, not delivery)";
            case CPU_NS_PER_MSG:
                return "CPU time, µs per " + per + " (user+sys, all peers)";
            case ALLOC_BYTES_PER_MSG:
                return "heap allocation, bytes per " + per + " (JVM backends, all threads)";
            case PEAK_RSS_KB:
                return "peak resident memory, MiB (largest peer)";
            case DROPPED_PERCENT:
                return "dropped by the socket, % of measured messages (PUB drops at its HWM)";
            case RTT_P50_UNCORRECTED:
                return "RTT p50, µs, uncorrected (from actual send)";
            case RTT_P99_UNCORRECTED:
                return "RTT p99, µs, uncorrected (from actual send)";
            case ACHIEVED_RATE_PERCENT:
                return "achieved send rate, % of target (" + Math.round(100 * OpenLoopPeer.RATE_MET_FRACTION)
                        + "+: met; below: the pinger fell behind)";
            case TIME_TO_STEADY_MS:
                return "time to steady state, ms (auto warm-up; a not-steady fork counts with the cap)";
            case JIT_MS:
                return "JIT compilation time, ms (all JVM peers, up to the end of the measurement)";
            case WARMUP_MESSAGES:
                return "warm-up, " + per + "s before the measurement";
            case WINDOW_CV_PERCENT:
                return "spread within a fork: CV of the measured windows' " + (latency ? "RTT p50" : "msg/s")
                        + ", % (stddev / mean)";
            case APP_CPU_NS_PER_MSG:
                return "application threads' CPU, ns per " + per + " (all peers)";
            case IO_CPU_NS_PER_MSG:
                return "ZeroMQ I/O threads' CPU (libzmq's ZMQbg/*, JeroMQ's iothread/reaper), ns per " + per;
            case JVM_CPU_NS_PER_MSG:
                return "JIT, GC and other threads' CPU, ns per " + per;
            case SYSTEM_CPU_NS_PER_MSG:
                return "system (kernel) CPU of all threads, ns per " + per + " (10 ms ticks: coarse)";
            case WAKEUPS_PER_MSG:
                return "wake-ups (voluntary context switches, all threads) per " + per;
            case PREEMPTIONS_PER_MSG:
                return "preemptions (involuntary context switches, all threads) per " + per;
            case MIGRATIONS_PER_MSG:
                return "CPU migrations (all threads) per " + per;
            case RUN_WAIT_NS_PER_MSG:
                return "time runnable but waiting for a CPU (all threads), ns per " + per;
            default:
                return figure.key();
        }
    }

    /** A short name with its unit for narrow places (diff rows), per message. */
    public static String shortName(Figure figure) {
        return shortName(figure, ScenarioKind.THROUGHPUT);
    }

    /**
     * A short name with its unit for narrow places (table rows, diff rows): "RTT p50, µs",
     * "CPU, µs per round trip" in a latency scenario, "CPU, µs per message" in a throughput one.
     */
    public static String shortName(Figure figure, ScenarioKind scenario) {
        String per = scenario.roundTrips() ? "round trip" : "message";
        return switch (figure) {
            case RTT_P50 -> scenario == ScenarioKind.OPEN_LOOP ? "RTT p50 corrected, µs" : "RTT p50, µs";
            case RTT_P99 -> scenario == ScenarioKind.OPEN_LOOP ? "RTT p99 corrected, µs" : "RTT p99, µs";
            case RTT_P999 -> "RTT p99.9, µs";
            case MSGS_PER_SEC -> "delivered msg/s";
            case MB_PER_SEC -> "delivered MB/s";
            case ENQUEUE_MSGS_PER_SEC -> "enqueue msg/s";
            case CPU_NS_PER_MSG -> "CPU, µs per " + per;
            case ALLOC_BYTES_PER_MSG -> "heap alloc, B per " + per;
            case PEAK_RSS_KB -> "peak RSS, MiB";
            case DROPPED_PERCENT -> "dropped, %";
            case RTT_P50_UNCORRECTED -> "RTT p50 uncorrected, µs";
            case RTT_P99_UNCORRECTED -> "RTT p99 uncorrected, µs";
            case ACHIEVED_RATE_PERCENT -> "rate achieved, %";
            case TIME_TO_STEADY_MS -> "steady after, ms";
            case JIT_MS -> "JIT, ms";
            case WARMUP_MESSAGES -> "warm-up, " + per + "s";
            case WINDOW_CV_PERCENT -> "window CV, %";
            case APP_CPU_NS_PER_MSG -> "app CPU, µs per " + per;
            case IO_CPU_NS_PER_MSG -> "I/O CPU, µs per " + per;
            case JVM_CPU_NS_PER_MSG -> "JVM CPU, µs per " + per;
            case SYSTEM_CPU_NS_PER_MSG -> "sys CPU, µs per " + per;
            case WAKEUPS_PER_MSG -> "wake-ups per " + per;
            case PREEMPTIONS_PER_MSG -> "preemptions per " + per;
            case MIGRATIONS_PER_MSG -> "migrations per " + per;
            case RUN_WAIT_NS_PER_MSG -> "CPU wait, µs per " + per;
        };
    }
}
