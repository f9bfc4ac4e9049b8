package zmqbench.report;

import java.util.List;
import zmqbench.results.Figure;
import zmqbench.scenario.OpenLoopPeer;
import zmqbench.scenario.ScenarioKind;

/** How reports name each {@link Figure}, in which unit they print it, and which figures a scenario shows. */
public final class FigureLabels {

    private FigureLabels() {
    }

    /** The figures a scenario's tables show, in order. */
    public static List<Figure> figures(ScenarioKind scenario) {
        return switch (scenario) {
            case LATENCY -> List.of(Figure.RTT_P50, Figure.RTT_P99, Figure.RTT_P999, Figure.CPU_NS_PER_MSG,
                    Figure.ALLOC_BYTES_PER_MSG, Figure.PEAK_RSS_KB, Figure.TIME_TO_STEADY_MS, Figure.WINDOW_CV_PERCENT);
            // Corrected and uncorrected next to each other; no CPU figure: the pinger spins by design.
            case OPEN_LOOP -> List.of(Figure.RTT_P50, Figure.RTT_P50_UNCORRECTED, Figure.RTT_P99,
                    Figure.RTT_P99_UNCORRECTED, Figure.ACHIEVED_RATE_PERCENT, Figure.ALLOC_BYTES_PER_MSG,
                    Figure.PEAK_RSS_KB, Figure.WINDOW_CV_PERCENT);
            case THROUGHPUT -> List.of(Figure.MSGS_PER_SEC, Figure.MB_PER_SEC, Figure.DROPPED_PERCENT,
                    Figure.ENQUEUE_MSGS_PER_SEC, Figure.CPU_NS_PER_MSG, Figure.ALLOC_BYTES_PER_MSG, Figure.PEAK_RSS_KB,
                    Figure.TIME_TO_STEADY_MS, Figure.WINDOW_CV_PERCENT);
        };
    }

    /** A table title saying what is measured, where, and in which unit. */
    public static String title(Figure figure, ScenarioKind scenario) {
        boolean latency = scenario.roundTrips();
        String per = latency ? "round trip" : "message";
        if (scenario == ScenarioKind.OPEN_LOOP && (figure == Figure.RTT_P50 || figure == Figure.RTT_P99)) {
            return "RTT " + (figure == Figure.RTT_P50 ? "p50" : "p99") + ", µs, coordinated-omission corrected "
                    + "(from intended send time)";
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
        };
    }
}
