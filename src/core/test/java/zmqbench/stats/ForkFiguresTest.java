package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.LatencySummary;

class ForkFiguresTest {

    private static final LatencySummary RTT = new LatencySummary(1000, 10, 20_000, 25_000, 40_000, 60_000, -1,
            90_000, 21_000.0, 3_000.0);

    /** 1M messages in 0.5 s (2M msg/s), enqueued in 0.25 s, 1 s of CPU, 64 MB allocated. */
    private static ForkResult throughput(long allocBytes) {
        return new ForkResult(0, "ok", 1_010_000, 1_010_000, 1_000_000, 500_000_000L, 250_000_000L, null,
                1_000_000_000L, 51_200, allocBytes, 3, 2_000_000, -1);
    }

    private static double value(ForkResult fork, Figure figure, int size) {
        return ForkFigures.value(fork, figure, size).orElseThrow();
    }

    @Test
    void throughputFiguresFromOneFork() {
        ForkResult fork = throughput(64_000_000);
        assertEquals(2_000_000.0, value(fork, Figure.MSGS_PER_SEC, 100), 1e-6);
        assertEquals(200.0, value(fork, Figure.MB_PER_SEC, 100), 1e-9, "MB = 10^6 bytes");
        assertEquals(4_000_000.0, value(fork, Figure.ENQUEUE_MSGS_PER_SEC, 100), 1e-6);
        assertEquals(1000.0, value(fork, Figure.CPU_NS_PER_MSG, 100), 1e-9);
        assertEquals(64.0, value(fork, Figure.ALLOC_BYTES_PER_MSG, 100), 1e-9);
        assertEquals(51_200.0, value(fork, Figure.PEAK_RSS_KB, 100));
        assertFalse(ForkFigures.value(fork, Figure.RTT_P50, 100).isPresent());
    }

    @Test
    void latencyFiguresFromOneFork() {
        ForkResult fork = new ForkResult(0, "ok", 1100, 1100, 1000, 21_000_000L, 0, RTT, 30_000_000L, 40_000, 0, 0, 0, -1);
        assertEquals(20_000.0, value(fork, Figure.RTT_P50, 64));
        assertEquals(40_000.0, value(fork, Figure.RTT_P99, 64));
        assertEquals(30_000.0, value(fork, Figure.CPU_NS_PER_MSG, 64), 1e-9);
        assertEquals(0.0, value(fork, Figure.ALLOC_BYTES_PER_MSG, 64), "no allocation is a value");
        assertFalse(ForkFigures.value(fork, Figure.MSGS_PER_SEC, 64).isPresent(), "round trips are not a rate");
        assertFalse(ForkFigures.value(fork, Figure.ENQUEUE_MSGS_PER_SEC, 64).isPresent());
    }

    @Test
    void cForksHaveNoAllocation() {
        assertFalse(ForkFigures.value(throughput(-1), Figure.ALLOC_BYTES_PER_MSG, 64).isPresent());
    }

    @Test
    void estimatesSkipFailedForksAndKeyByFigureName() {
        ForkResult failed = new ForkResult(1, "lost 3 messages", 10, 7, 0, 0, 0, null, 0, 0, 0, 0, 0, -1);
        Map<String, Estimate> estimates = ForkFigures.estimates(List.of(throughput(-1), failed, throughput(-1)), 100);
        assertEquals(List.of("msgs_per_sec", "mb_per_sec", "enqueue_msgs_per_sec", "cpu_ns_per_msg", "peak_rss_kb"),
                List.copyOf(estimates.keySet()));
        assertEquals(2, estimates.get("msgs_per_sec").forks());
        assertEquals(2_000_000.0, estimates.get("msgs_per_sec").median(), 1e-6);
    }
}
