package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeDelivery;
import zmqbench.protocol.ProbeOutcome;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.SendingSocket;

import java.util.ArrayList;
import java.util.List;
import zmqbench.scenario.Transport;

/**
 * What the ZeroMQ documentation says a sender does at its high-water mark, and the check of a
 * probe against it. Sources: libzmq {@code doc/zmq_socket.adoc} ("Action in mute state": Block
 * for PAIR, PUSH, DEALER and REQ, Drop for PUB and ROUTER), {@code doc/zmq_setsockopt.adoc}
 * (ZMQ_ROUTER_MANDATORY: EHOSTUNREACH when a message cannot be routed, EAGAIN at SNDHWM with
 * ZMQ_DONTWAIT, otherwise block until SNDTIMEO), {@code doc/zmq_send.adoc} (EFSM: the socket is
 * not in the state for this send, as a REQ awaiting its reply), and libzmq's inproc connect, which
 * gives the pipe SNDHWM + RCVHWM.
 *
 * @param behaviour what the sender does at the mark
 * @param nonblockingResult a DONTWAIT send at the mark
 * @param blockingResult a blocking send at the mark
 * @param unroutableResult ROUTER: a send to a routing id nobody has; null for the others
 * @param rule the documented rule, one line
 */
public record Documented(SendingSocket socket, Behaviour behaviour, String nonblockingResult, String blockingResult,
                         String unroutableResult, String rule) {

    private static final String EFSM = ProbeRecord.ERROR_PREFIX + "EFSM";

    /** The documented behaviour of {@code socket}. */
    public static Documented of(SendingSocket socket) {
        return switch (socket) {
            case PAIR, PUSH, DEALER -> new Documented(socket, Behaviour.BLOCKS, ProbeRecord.EAGAIN,
                    ProbeRecord.BLOCKED, null, "blocks at the HWM (EAGAIN with DONTWAIT), never drops");
            case REQ -> new Documented(socket, Behaviour.EFSM, EFSM, EFSM, null,
                    "lock-step: one request, then every send fails with EFSM until the reply is read, "
                            + "so the HWM is never reached");
            case PUB -> new Documented(socket, Behaviour.DROPS, ProbeRecord.ACCEPTED, ProbeRecord.ACCEPTED_DROPPED,
                    null, "never blocks: drops what does not fit");
            case ROUTER -> new Documented(socket, Behaviour.DROPS, ProbeRecord.ACCEPTED,
                    ProbeRecord.ACCEPTED_DROPPED, ProbeRecord.ACCEPTED,
                    "never blocks: drops what does not fit, and what it cannot route");
            case ROUTER_MANDATORY -> new Documented(socket, Behaviour.BLOCKS, ProbeRecord.EAGAIN,
                    ProbeRecord.BLOCKED, ProbeRecord.ERROR_PREFIX + "EHOSTUNREACH",
                    "EAGAIN at the HWM with DONTWAIT, else blocks until SNDTIMEO; EHOSTUNREACH when unroutable");
        };
    }

    /** The documented cell of a table row, e.g. {@code blocks @20}, {@code blocks @20+} (tcp). */
    public String cell(Transport transport, int hwm) {
        long inproc = ProbeSpec.documentedInprocLimit(hwm);
        boolean tcp = transport == Transport.TCP;
        return switch (behaviour) {
            case BLOCKS -> "blocks @" + inproc + (tcp ? "+" : "");
            case DROPS -> tcp ? "drops" : "drops <=" + inproc;
            case EFSM -> "EFSM @1";
            default -> behaviour.word();
        };
    }

    /**
     * How {@code record} differs from this documentation; empty when it does not. Counts checked:
     * a blocking socket over inproc queues exactly SNDHWM + RCVHWM, over tcp at least that (the
     * kernel's buffers add to it); a blocking socket loses nothing; a dropping one keeps at most
     * SNDHWM + RCVHWM over inproc; a REQ takes one request.
     */
    public List<String> differences(ProbeRecord record) {
        List<String> differences = new ArrayList<>();
        Behaviour seen = Behaviour.of(record);
        if (seen != behaviour) {
            differences.add(seen.word() + " where the documentation says " + behaviour.word());
        }
        ProbeOutcome outcome = record.outcome();
        ProbeDelivery delivery = record.delivery();
        compare(differences, "a DONTWAIT send at the mark", outcome.nonblockingResult(), nonblockingResult);
        compare(differences, "a blocking send at the mark", outcome.blockingResult(), blockingResult);
        compare(differences, "a send to an unknown routing id", outcome.unroutableResult(), unroutableResult);
        long inproc = ProbeSpec.documentedInprocLimit(record.limits().hwm());
        boolean tcp = record.connection().transport() == Transport.TCP;
        long queued = outcome.queuedBeforeBlock();
        if (seen == Behaviour.BLOCKS && behaviour == Behaviour.BLOCKS) {
            if (!tcp && queued != inproc) {
                differences.add("queued " + queued + " before blocking; documented SNDHWM + RCVHWM = " + inproc);
            } else if (tcp && queued < inproc) {
                differences.add("queued " + queued + " before blocking over tcp; documented at "
                        + "least SNDHWM + RCVHWM = " + inproc + " plus the kernel's buffers");
            }
        }
        if (behaviour != Behaviour.DROPS && delivery.dropped() > 0) {
            differences.add(delivery.dropped() + " of " + delivery.sent() + " messages lost; documented: never drops");
        }
        if (seen == Behaviour.DROPS && behaviour == Behaviour.DROPS && !tcp && delivery.delivered() > inproc) {
            differences.add("kept " + delivery.delivered() + " messages; documented at most SNDHWM + RCVHWM = "
                    + inproc);
        }
        if (seen == Behaviour.EFSM && behaviour == Behaviour.EFSM && queued != 1) {
            differences.add("took " + queued + " requests before EFSM; documented 1");
        }
        return differences;
    }

    private static void compare(List<String> differences, String what, String seen, String documented) {
        if (documented != null && !documented.equals(seen)) {
            differences.add(what + ": " + seen + ", documented " + documented);
        }
    }
}
