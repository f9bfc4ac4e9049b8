package zmqbench.scenario;

import java.util.function.LongConsumer;
import zmqbench.backend.ZmqSocket;

/** Closed-loop round trips: the pinger times each, back to back; the echo returns them ({@link PingPeer}). */
final class LatencyScenario extends EchoedScenario {

    @Override
    public void check(long rate, long gapNs, Phase measure, int timeoutMs) {
        Scenario.noRate(ScenarioKind.LATENCY, rate);
        Scenario.noGap(ScenarioKind.LATENCY, gapNs);
    }

    @Override
    public PeerTally runActive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                               SliceLink slices, LongConsumer paused) throws Exception {
        return spec.sliced() ? PingPeer.runSliced(socket, spec, meter, slices) : PingPeer.run(socket, spec, meter);
    }
}
