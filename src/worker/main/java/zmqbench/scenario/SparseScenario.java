package zmqbench.scenario;

import java.util.function.LongConsumer;
import zmqbench.backend.ZmqSocket;

/**
 * Single round trips after a quiet gap: the pinger warms the pair back to back (the warm-up phase),
 * then before each measured round trip sleeps the gap, outside the timed interval, while the echo
 * waits in a blocking receive, as an application does. What a message pays to wake both up
 * (epoll, eventfd, the JVM's selector, an idle CPU) is in its round trip. {@link PingPeer} with
 * {@link PeerSpec#gapNs()}.
 */
final class SparseScenario extends EchoedScenario {

    @Override
    public void check(long rate, long gapNs, Phase measure, int timeoutMs) {
        Scenario.noRate(ScenarioKind.SPARSE, rate);
        Scenario.require(gapNs >= 1, "--gap-ns must be at least 1 (sparse sleeps that long before each measured "
                + "round trip), got " + gapNs);
        Scenario.require(gapNs / 1_000_000 < timeoutMs, "--gap-ns " + gapNs + " must be shorter than --timeout-ms "
                + timeoutMs + " (the echo waits that long in its receive)");
        Scenario.require(measure.counted(), "sparse measures a count of round trips (--count N), not "
                + (measure.kind() == Phase.Kind.SLICES ? "slices" : "--measure-ms " + measure.amount()));
    }

    @Override
    public PeerTally runActive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                               SliceLink slices, LongConsumer paused) throws Exception {
        return PingPeer.run(socket, spec, meter);
    }
}
