package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeRecord;
import zmqbench.scenario.Transport;

/**
 * Why a backend's behaviour differs from the documentation, where the cause is known and the
 * measured count fits it. With the HWM set before bind/connect every backend here behaves as
 * documented; the known differences come from changing the HWM of connected sockets
 * ({@code --hwm-after-connect}), which libzmq 4.2+ documents as taking effect on existing
 * connections.
 */
public final class Explanations {

    static final String JEROMQ_LIVE_PIPES = "JeroMQ 0.6.0 applies SNDHWM/RCVHWM only to pipes made after the change: "
            + "SocketBase.setSocketOpt just stores the option (only Ctx calls Pipe.setHwms, for inproc connects still "
            + "pending), so the connected pipe keeps the defaults, " + ProbeSpec.DEFAULT_HWM + " + "
            + ProbeSpec.DEFAULT_HWM;
    static final String LIBZMQ_INPROC_BOOST = "libzmq 4.3 does update live pipes (socket_base_t::update_pipe_options), "
            + "but an inproc pipe's share from its peer, the 'HWM boost' copied from the peer's RCVHWM at connect time "
            + "(then the default " + ProbeSpec.DEFAULT_HWM + "), is never updated: pipe_t::set_hwms adds the old boost "
            + "to the new HWM";

    private Explanations() {
    }

    /** The known cause of {@code record}'s differences, or null. */
    public static String of(ProbeSpec spec, ProbeRecord record) {
        if (!"after".equals(record.limits().hwmSet()) || spec.transport() != Transport.INPROC) {
            return null;
        }
        long count = Behaviour.of(record) == Behaviour.DROPS ? record.delivery().delivered()
                : record.outcome().queuedBeforeBlock();
        if (spec.backend().equals("jeromq") && near(count, 2L * ProbeSpec.DEFAULT_HWM)) {
            return JEROMQ_LIVE_PIPES;
        }
        if (!spec.backend().equals("jeromq") && near(count, (long) record.limits().hwm() + ProbeSpec.DEFAULT_HWM)) {
            return LIBZMQ_INPROC_BOOST + " (" + record.limits().hwm() + " + " + ProbeSpec.DEFAULT_HWM + ")";
        }
        return null;
    }

    /** Equal, or one short: a message read during the warm-up may not have been credited back yet. */
    private static boolean near(long count, long expected) {
        return count == expected || count == expected - 1;
    }
}
