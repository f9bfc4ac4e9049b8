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
        return ForkResult.builder(0, "ok").sent(1_010_000).received(1_010_000).measured(1_000_000)
                .elapsedNs(500_000_000L).enqueueNs(250_000_000L).cpuNs(1_000_000_000L).peakRssKb(51_200)
                .allocBytes(allocBytes).gcCount(3).gcNs(2_000_000).build();
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
        ForkResult fork = ForkResult.builder(0, "ok").sent(1100).received(1100).measured(1000).elapsedNs(21_000_000L)
                .rttNs(RTT).cpuNs(30_000_000L).peakRssKb(40_000).allocBytes(0).gcCount(0).gcNs(0).build();
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
        ForkResult failed = ForkResult.builder(1, "lost 3 messages").sent(10).received(7).build();
        Map<String, Estimate> estimates = ForkFigures.estimates(List.of(throughput(-1), failed, throughput(-1)), 100);
        assertEquals(List.of("msgs_per_sec", "mb_per_sec", "enqueue_msgs_per_sec", "cpu_ns_per_msg", "peak_rss_kb"),
                List.copyOf(estimates.keySet()));
        assertEquals(2, estimates.get("msgs_per_sec").forks());
        assertEquals(2_000_000.0, estimates.get("msgs_per_sec").median(), 1e-6);
    }
}
