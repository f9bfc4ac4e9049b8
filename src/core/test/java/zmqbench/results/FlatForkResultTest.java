package zmqbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.protocol.Cost;
import zmqbench.protocol.Json;
import zmqbench.protocol.SendRate;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Timing;
import zmqbench.protocol.Warmup;
import zmqbench.scenario.SteadyRule;

/** Forks of result sets written before the grouping (flat fields) read into their groups. */
class FlatForkResultTest {

    private static final String RTT = "{\"count\":1000,\"min\":1,\"p50\":2,\"p90\":3,\"p99\":4,\"p999\":5,"
            + "\"p9999\":-1,\"max\":6,\"mean\":2.5,\"stddev\":1.0}";

    @Test
    void aFlatOpenLoopForkReadsIntoItsGroups() {
        String flat = "{\"fork\":2,\"status\":\"ok\",\"messages_sent\":1100,\"messages_received\":1099,"
                + "\"measured_messages\":1000,\"elapsed_ns\":50000,\"enqueue_ns\":0,\"rtt_ns\":" + RTT + ","
                + "\"cpu_ns\":70,\"peak_rss_kb\":4000,\"alloc_bytes\":64,\"gc_count\":1,\"gc_ns\":9,\"dropped\":-1,"
                + "\"rtt_uncorrected_ns\":" + RTT + ",\"target_rate\":10000,\"achieved_rate\":9800.5,"
                + "\"warmup\":{\"steady_state\":\"not steady\",\"warmup_ns\":300,\"warmup_messages\":100,"
                + "\"jit_ns\":20,\"jit_measured_ns\":3,\"window_ns\":10,"
                + "\"timeline\":[{\"end_ns\":10,\"messages\":5,\"value\":1.5,\"measured\":true}]},\"round\":3}";

        ForkResult fork = Json.GSON.fromJson(flat, ForkResult.class);

        LatencySummary rtt = Json.GSON.fromJson(RTT, LatencySummary.class);
        assertEquals(ForkResult.builder(2, "ok").round(3).sent(1100).received(1099).measured(1000).dropped(-1)
                .elapsedNs(50_000).enqueueNs(0).rttNs(rtt).rttUncorrectedNs(rtt)
                .cost(new Cost(70, 4000, 64, 1, 9, 20, 3, -1)).rate(new SendRate(10_000, 9800.5, false))
                .warmup(new Warmup(SteadyRule.NOT_STEADY, 300, 100, 10, List.of(new TimelineWindow(10, 5, 1.5, true))))
                .build(), fork);
    }

    @Test
    void aFlatForkWithoutRateOrWarmUpHasNeither() {
        String flat = "{\"fork\":0,\"status\":\"lost 3\",\"messages_sent\":10,\"messages_received\":7,"
                + "\"measured_messages\":0,\"elapsed_ns\":0,\"enqueue_ns\":0,\"rtt_ns\":null,\"cpu_ns\":0,"
                + "\"peak_rss_kb\":0,\"alloc_bytes\":0,\"gc_count\":0,\"gc_ns\":0,\"dropped\":-1}";

        ForkResult fork = Json.GSON.fromJson(flat, ForkResult.class);

        assertEquals(new ForkCounts(10, 7, 0, -1), fork.counts());
        assertEquals(new Timing(0, 0), fork.timing());
        assertEquals(ForkLatency.NONE, fork.latency());
        assertEquals(new Cost(0, 0, 0, 0, 0, -1, -1, -1), fork.cost(), "no JIT time recorded");
        assertNull(fork.rate());
        assertNull(fork.warmup());
        assertEquals(0, fork.round());
    }

    @Test
    void aGroupedForkReadsBackAsWritten() {
        ForkResult fork = ForkResult.builder(1, "ok").round(2).sent(5).received(5).measured(4).elapsedNs(8)
                .cpuNs(3).rate(SendRate.of(100, 99)).warmup(new Warmup(SteadyRule.FIXED, 1, 1, 10, List.of()))
                .build();
        assertEquals(fork, Json.GSON.fromJson(Json.GSON.toJson(fork), ForkResult.class));
    }
}
