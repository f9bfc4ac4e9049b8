package zmqbench.scenario;

import java.util.function.LongConsumer;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqSocket;

/** Round trips at a fixed send rate, timed from each message's intended send time ({@link OpenLoopPeer}). */
final class OpenLoopScenario extends EchoedScenario {

    /** Two timestamps in every message. */
    @Override
    public int minimumSize() {
        return OpenLoopPeer.HEADER_BYTES;
    }

    @Override
    public String patternRefusal(Pattern pattern) {
        return pattern.active() != SocketType.REQ ? null : pattern.cliName() + " is lock-step (one request, then its "
                + "reply): open-loop needs several messages in flight";
    }

    @Override
    public void check(long rate, long gapNs, Phase measure, int timeoutMs) {
        Scenario.require(rate >= 1 && rate <= PeerSpec.MAX_RATE, "--rate must be from 1 to " + PeerSpec.MAX_RATE
                + " messages per second, got " + rate);
        Scenario.noGap(ScenarioKind.OPEN_LOOP, gapNs);
        Scenario.require(measure.kind() != Phase.Kind.SLICES, "--slices: open-loop cannot be measured in slices");
        Scenario.require(measure.counted(), "--measure-ms " + measure.amount()
                + ": open-loop measures a count of messages (--count N: rate x duration)");
    }

    @Override
    public PeerTally runActive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                               SliceLink slices, LongConsumer paused) throws Exception {
        return OpenLoopPeer.run(socket, spec, meter);
    }
}
