package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeConnection;
import zmqbench.protocol.ProbeDelivery;
import zmqbench.protocol.ProbeIdentity;
import zmqbench.protocol.ProbeLimits;
import zmqbench.protocol.ProbeOutcome;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.SendingSocket;
import zmqbench.scenario.Transport;

/** Synthetic probe records, as a worker would print them. */
final class Records {

    private Records() {
    }

    /** What the documentation says {@code socket} does over {@code transport} at {@code hwm}. */
    static ProbeRecord documented(String backend, SendingSocket socket, Transport transport, int hwm) {
        long inproc = 2L * hwm;
        boolean tcp = transport == Transport.TCP;
        long limit = ProbeSpec.defaultLimit(transport, hwm, false);
        return switch (socket) {
            case PAIR, PUSH, DEALER, ROUTER_MANDATORY -> {
                long queued = tcp ? 60_000 : inproc;
                yield record(backend, socket, transport, hwm, queued, ProbeRecord.EAGAIN, ProbeRecord.BLOCKED,
                        socket == SendingSocket.ROUTER_MANDATORY ? "error:EHOSTUNREACH" : null, queued, queued);
            }
            case REQ -> record(backend, socket, transport, hwm, 1, "error:EFSM", "error:EFSM", null, 1, 1);
            case PUB, ROUTER -> record(backend, socket, transport, hwm, limit, ProbeRecord.ACCEPTED,
                    ProbeRecord.ACCEPTED_DROPPED, socket == SendingSocket.ROUTER ? ProbeRecord.ACCEPTED : null,
                    limit + 2, tcp ? 900 : inproc - 1);
        };
    }

    static ProbeRecord record(String backend, SendingSocket socket, Transport transport, int hwm, long queued,
                              String nonblocking, String blocking, String unroutable, long sent, long delivered) {
        String endpoint = transport == Transport.TCP ? "tcp://127.0.0.1:40000" : "inproc://zmqbench-semantics";
        return ProbeRecord.of(new ProbeIdentity(backend, "1.0", "4.3.4"),
                new ProbeConnection(socket.cliName(), transport, endpoint, "none"),
                new ProbeLimits(hwm, "before", 64, 200, ProbeSpec.defaultLimit(transport, hwm, false)),
                new ProbeOutcome(queued, queued, nonblocking, blocking, unroutable, "block"),
                new ProbeDelivery(sent, delivered, sent - delivered, 1_000_000, 1_000_000));
    }

    static ProbeSpec spec(String backend, SendingSocket socket, Transport transport, int hwm) {
        return ProbeSpec.of(backend, socket, transport, hwm);
    }
}
