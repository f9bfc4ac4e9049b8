package zmqbench.scenario;

import zmqbench.backend.ZmqSocket;

/** A round-trip scenario: the active peer pings and times, the passive peer echoes ({@link EchoPeer}). */
abstract class EchoedScenario implements Scenario {

    @Override
    public final boolean roundTrips() {
        return true;
    }

    @Override
    public final PeerTally runPassive(ZmqSocket socket, PeerSpec spec, ProcessMeter meter, Runnable measured,
                                      SliceLink slices) {
        return EchoPeer.run(socket, spec, meter);
    }
}
