package zmqbench.scenario;

import java.util.function.LongConsumer;
import zmqbench.backend.ZmqSocket;

/**
 * A one-way stream timed at the receiver: sender and receiver ({@link SenderPeer}, {@link
 * ReceiverPeer}), or publisher and subscriber for a pattern that drops ({@link PubSubStream}).
 */
final class ThroughputScenario implements Scenario {

    @Override
    public boolean roundTrips() {
        return false;
    }

    @Override
    public String patternRefusal(Pattern pattern) {
        return pattern.oneWay() ? null
                : pattern.cliName() + " is lock-step (one request, one reply): a one-way stream is not possible";
    }

    @Override
    public void check(long rate, long gapNs, Phase measure, int timeoutMs) {
        Scenario.noRate(ScenarioKind.THROUGHPUT, rate);
        Scenario.noGap(ScenarioKind.THROUGHPUT, gapNs);
    }

    @Override
    public PeerTally runPassive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, Runnable measured,
                                SliceLink slices) {
        if (spec.pattern().sequenced()) {
            return SubscriberPeer.run(socket, spec, meter, measured);
        }
        return spec.sliced() ? ReceiverPeer.runSliced(socket, spec, meter, slices)
                : ReceiverPeer.run(socket, spec, meter, measured);
    }

    @Override
    public PeerTally runActive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, SenderControl control,
                               SliceLink slices, LongConsumer paused) throws Exception {
        if (spec.pattern().sequenced()) {
            return PublisherPeer.run(socket, spec, meter, control);
        }
        return spec.sliced() ? SenderPeer.runSliced(socket, spec, meter, control, paused)
                : SenderPeer.run(socket, spec, meter, control);
    }
}
