package zmqbench.worker;

import java.util.ArrayList;
import java.util.List;
import zmqbench.backend.Backend;
import zmqbench.protocol.Cost;
import zmqbench.protocol.PeerCounts;
import zmqbench.protocol.PeerIdentity;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.SendRate;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Timing;
import zmqbench.protocol.Warmup;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.PeerTally;
import zmqbench.scenario.ProcessMeter;
import zmqbench.scenario.Timeline;

/** The result record of one peer, each group from what it describes: the spec, the tally, the meter. */
final class PeerRecords {

    private PeerRecords() {
    }

    /** {@code endpoint} is the one actually bound (a wildcard port resolved). */
    static PeerRecord of(Backend backend, PeerSpec spec, String endpoint, PeerTally tally, ProcessMeter meter) {
        return new PeerRecord(identity(backend, spec, endpoint), counts(spec, tally),
                new Timing(tally.elapsedNs(), tally.enqueueNs()), cost(meter), meter.threadCosts(),
                SendRate.of(spec.rate(), tally.achievedRate()), warmup(tally), tally.error());
    }

    private static PeerIdentity identity(Backend backend, PeerSpec spec, String endpoint) {
        return new PeerIdentity(backend.name(), backend.version(), backend.libzmqVersion(), spec.role().cliName(),
                spec.scenario().cliName(), spec.pattern().cliName(), endpoint, spec.size());
    }

    private static PeerCounts counts(PeerSpec spec, PeerTally tally) {
        long count = spec.phases().measurePhase().counted() ? spec.count() : tally.measuredMessages();
        return new PeerCounts(count, tally.messagesSent(), tally.messagesReceived(), tally.measuredMessages(),
                tally.dropped(), tally.samples());
    }

    private static Cost cost(ProcessMeter meter) {
        return new Cost(meter.cpuNs(), ProcessMeter.peakRssKb(), meter.allocBytes(), meter.gcCount(), meter.gcNs(),
                meter.jitNs(), meter.jitMeasuredNs(), meter.crossings());
    }

    private static Warmup warmup(PeerTally tally) {
        return new Warmup(tally.steadyState(), tally.warmupNs(), tally.warmupMessages(), tally.windowNs(),
                timeline(tally.timeline()));
    }

    private static List<TimelineWindow> timeline(Timeline timeline) {
        List<TimelineWindow> windows = new ArrayList<>(timeline.size());
        for (int i = 0; i < timeline.size(); i++) {
            windows.add(new TimelineWindow(timeline.endNs(i), timeline.messages(i), timeline.value(i),
                    timeline.measured(i)));
        }
        return windows;
    }
}
