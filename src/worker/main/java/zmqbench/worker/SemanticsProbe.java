package zmqbench.worker;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import zmqbench.backend.Backend;
import zmqbench.backend.SocketOption;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;
import zmqbench.protocol.ProbeConnection;
import zmqbench.protocol.ProbeDelivery;
import zmqbench.protocol.ProbeIdentity;
import zmqbench.protocol.ProbeLimits;
import zmqbench.protocol.ProbeOutcome;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.SendingSocket;
import zmqbench.scenario.Transport;

/**
 * The worker side of {@code zmqbench semantics}: drives one sender into its high-water mark, with
 * both peers in this process and a receiver that does not read, and reports what happened (see
 * {@link ProbeRecord}). native/worker/semantics.c does the same, step for step.
 *
 * <ol>
 * <li>Both sockets get SNDHWM = RCVHWM = hwm and LINGER 0 before bind/connect (or, with
 *     {@code --hwm-set after}, the HWM once both are connected and the handshake below is done:
 *     sender first, then receiver); the
 *     sender's SNDTIMEO is block_ms, so a blocked send comes back instead of hanging.
 * <li>Connected first: inproc to a bound peer is connected when connect returns; otherwise one
 *     hello message is read (for a ROUTER the peer sends it, so that its ROUTING_ID is known), and
 *     a PUB sends numbered warm-up messages until the subscriber gets the latest one.
 * <li>ROUTER only: one DONTWAIT send to a routing id nobody has.
 * <li>The probe: DONTWAIT sends while they are accepted; on EAGAIN one blocking send (SNDTIMEO):
 *     accepted means the queue moved on (tcp: into the kernel), so go on; still waiting means
 *     blocked, and the probe ends. At most {@code limit} sends and {@code timeout_ms}.
 * <li>At the mark: one DONTWAIT send and one blocking send, unless the probe ended on them.
 * <li>The receiver reads what reached it, telling drops from queueing: everything, when the sender
 *     blocked (up to timeout_ms); else until block_ms of silence.
 * </ol>
 */
public final class SemanticsProbe {

    /** The receiver's RCVTIMEO: how often a waiting loop looks at its deadline. */
    static final int POLL_MS = 20;
    static final byte HELLO = 'w';
    static final byte PROBE = 'p';
    static final byte UNROUTABLE = 'u';

    private static final Map<Integer, String> ERRNO_NAMES = Map.ofEntries(
            Map.entry(11, "EAGAIN"),
            Map.entry(4, "EINTR"),
            Map.entry(22, "EINVAL"),
            Map.entry(95, "ENOTSUP"),
            Map.entry(ZmqException.EHOSTUNREACH, "EHOSTUNREACH"),
            Map.entry(156_384_763, "EFSM"),
            Map.entry(156_384_764, "ENOCOMPATPROTO"),
            Map.entry(156_384_765, "ETERM"));

    private final ProbeSpec spec;
    private final SendingSocket kind;
    private final byte[] out;
    private final byte[] in;
    private final byte[] peerId = SendingSocket.PEER_ID.getBytes(StandardCharsets.US_ASCII);
    private final byte[] nobodyId = SendingSocket.NOBODY_ID.getBytes(StandardCharsets.US_ASCII);
    private long sequence;

    private SemanticsProbe(ProbeSpec spec) {
        this.spec = spec;
        this.kind = spec.socket();
        this.out = new byte[spec.size()];
        this.in = new byte[Math.max(spec.size(), 256)];
    }

    /** The name of a ZeroMQ errno as libzmq spells it, or the number. */
    public static String errnoName(int errno) {
        return ERRNO_NAMES.getOrDefault(errno, Integer.toString(errno));
    }

    /** Runs {@code spec} on {@code backend}; the record's event, backend and versions are filled. */
    public static ProbeRecord run(Backend backend, ProbeSpec spec) {
        return new SemanticsProbe(spec).run(backend);
    }

    private ProbeRecord run(Backend backend) {
        try (ZmqContext context = backend.newContext()) {
            ZmqSocket sender = null;
            ZmqSocket receiver = null;
            try {
                sender = open(context, kind.sender(), true);
                receiver = open(context, kind.receiver(), false);
                String endpoint;
                if (kind.senderBinds()) {
                    endpoint = sender.bind(spec.endpoint());
                    receiver.connect(endpoint);
                } else {
                    endpoint = receiver.bind(spec.endpoint());
                    sender.connect(endpoint);
                }
                return probe(backend, sender, receiver, endpoint);
            } finally {
                if (receiver != null) {
                    receiver.close();
                }
                if (sender != null) {
                    sender.close();
                }
            }
        }
    }

    private ZmqSocket open(ZmqContext context, SocketType type, boolean sending) {
        ZmqSocket socket = context.socket(type);
        if (!spec.hwmAfterConnect()) {
            socket.setOption(SocketOption.SNDHWM, spec.hwm());
            socket.setOption(SocketOption.RCVHWM, spec.hwm());
        }
        socket.setOption(SocketOption.LINGER, 0);
        socket.setOption(SocketOption.SNDTIMEO, sending ? spec.blockMs() : spec.timeoutMs());
        socket.setOption(SocketOption.RCVTIMEO, sending ? spec.timeoutMs() : POLL_MS);
        if (sending && kind.mandatory()) {
            socket.setOption(SocketOption.ROUTER_MANDATORY, 1);
        }
        if (!sending && type == SocketType.SUB) {
            socket.setOption(SocketOption.SUBSCRIBE, new byte[0]);
        }
        if (!sending && kind.routed()) {
            socket.setOption(SocketOption.ROUTING_ID, peerId);
        }
        return socket;
    }

    private ProbeRecord probe(Backend backend, ZmqSocket sender, ZmqSocket receiver, String endpoint) {
        String handshake = connect(sender, receiver);
        if (spec.hwmAfterConnect()) {
            // the pipes exist now (made with the default HWM); sender first, then receiver
            for (ZmqSocket socket : new ZmqSocket[] {sender, receiver}) {
                socket.setOption(SocketOption.SNDHWM, spec.hwm());
                socket.setOption(SocketOption.RCVHWM, spec.hwm());
            }
        }
        String unroutable = kind.routed() ? outcome(sendMessage(sender, nobodyId, UNROUTABLE, ZmqSocket.DONTWAIT))
                : null;

        long start = System.nanoTime();
        long deadline = start + spec.timeoutMs() * 1_000_000L;
        long queued = 0;
        long firstEagain = -1;
        String nonblocking = null;
        String blocking = null;
        String stoppedBy;
        while (true) {
            if (queued >= spec.limit()) {
                stoppedBy = "limit";
                break;
            }
            if (System.nanoTime() - deadline > 0) {
                stoppedBy = "time";
                break;
            }
            int sent = sendMessage(sender, peerId, PROBE, ZmqSocket.DONTWAIT);
            if (sent == ACCEPTED) {
                queued++;
                continue;
            }
            if (sent != WOULD_BLOCK) {
                nonblocking = outcome(sent);
                stoppedBy = "error";
                break;
            }
            if (firstEagain < 0) {
                firstEagain = queued;
            }
            sent = sendMessage(sender, peerId, PROBE, 0);
            if (sent == ACCEPTED) {
                queued++;
                continue;
            }
            blocking = sent == WOULD_BLOCK ? ProbeRecord.BLOCKED : outcome(sent);
            stoppedBy = sent == WOULD_BLOCK ? "block" : "error";
            break;
        }
        long sentTotal = queued;
        if (nonblocking == null) {
            int sent = sendMessage(sender, peerId, PROBE, ZmqSocket.DONTWAIT);
            sentTotal += sent == ACCEPTED ? 1 : 0;
            nonblocking = outcome(sent);
        }
        if (blocking == null) {
            int sent = sendMessage(sender, peerId, PROBE, 0);
            sentTotal += sent == ACCEPTED ? 1 : 0;
            blocking = sent == WOULD_BLOCK ? ProbeRecord.BLOCKED : outcome(sent);
        }
        long elapsedNs = System.nanoTime() - start;

        // A sender that never dropped must deliver everything: wait for it all (up to timeout_ms; a
        // loaded machine can stall delivery longer than block_ms). Otherwise stop after block_ms of silence.
        long drainStart = System.nanoTime();
        long delivered = drain(receiver, sentTotal, !stoppedBy.equals("limit") && !stoppedBy.equals("time"));
        long drainNs = System.nanoTime() - drainStart;
        long dropped = sentTotal - delivered;
        if (blocking.equals(ProbeRecord.ACCEPTED) && dropped > 0) {
            blocking = ProbeRecord.ACCEPTED_DROPPED;
        }
        return ProbeRecord.of(new ProbeIdentity(backend.name(), backend.version(), backend.libzmqVersion()),
                new ProbeConnection(kind.cliName(), spec.transport(), endpoint, handshake),
                new ProbeLimits(spec.hwm(), spec.hwmAfterConnect() ? "after" : "before", spec.size(), spec.blockMs(),
                        spec.limit()),
                new ProbeOutcome(queued, firstEagain, nonblocking, blocking, unroutable, stoppedBy),
                new ProbeDelivery(sentTotal, delivered, dropped, elapsedNs, drainNs));
    }

    /** Makes sure the receiver is connected (see the class comment); returns how. */
    private String connect(ZmqSocket sender, ZmqSocket receiver) {
        long deadline = System.nanoTime() + spec.timeoutMs() * 1_000_000L;
        switch (kind) {
            case PUB -> {
                warmUp(sender, receiver, deadline);
                return "warm-up";
            }
            case ROUTER, ROUTER_MANDATORY -> {
                // The peer speaks first: the ROUTER then knows its routing id.
                send(receiver, HELLO, 0, 0, "peer's hello");
                awaitMessage(sender, HELLO, -1, deadline, "the peer's hello");
                return "hello";
            }
            case REQ -> {
                sendUntil(sender, HELLO, deadline);
                awaitMessage(receiver, HELLO, -1, deadline, "the request");
                send(receiver, HELLO, 0, 0, "reply");
                awaitMessage(sender, HELLO, -1, deadline, "the reply");
                return "hello";
            }
            default -> {
                if (spec.transport() == Transport.INPROC) {
                    return "none";
                }
                sendUntil(sender, HELLO, deadline);
                awaitMessage(receiver, HELLO, -1, deadline, "the hello");
                return "hello";
            }
        }
    }

    /** PUB: numbered messages until the subscriber receives the latest one sent. */
    private void warmUp(ZmqSocket publisher, ZmqSocket subscriber, long deadline) {
        while (System.nanoTime() - deadline < 0) {
            long number = ++sequence;
            send(publisher, HELLO, number, ZmqSocket.DONTWAIT, "warm-up");
            while (true) {
                int marker = receiveMessage(subscriber);
                if (marker < 0) {
                    break; // nothing within POLL_MS: send the next one
                }
                if (marker == HELLO && readLong(in, 1) == number) {
                    return;
                }
            }
        }
        throw new ZmqException(0, "the subscriber received no message within " + spec.timeoutMs() + " ms");
    }

    /** A blocking send retried until the deadline (a PUSH or REQ waits for a peer to connect). */
    private void sendUntil(ZmqSocket socket, byte marker, long deadline) {
        while (!trySend(socket, marker, ++sequence, 0)) {
            if (System.nanoTime() - deadline > 0) {
                throw new ZmqException(0, "the hello could not be sent within " + spec.timeoutMs() + " ms");
            }
        }
    }

    private void send(ZmqSocket socket, byte marker, long number, int flags, String what) {
        if (!trySend(socket, marker, number, flags)) {
            throw new ZmqException(0, "the " + what + " could not be sent within " + spec.timeoutMs() + " ms");
        }
    }

    private boolean trySend(ZmqSocket socket, byte marker, long number, int flags) {
        out[0] = marker;
        writeLong(out, 1, number);
        return socket.send(out, out.length, flags);
    }

    private void awaitMessage(ZmqSocket socket, byte marker, long number, long deadline, String what) {
        while (System.nanoTime() - deadline < 0) {
            int got = receiveMessage(socket);
            if (got == marker && (number < 0 || readLong(in, 1) == number)) {
                return;
            }
        }
        throw new ZmqException(0, what + " did not arrive within " + spec.timeoutMs() + " ms");
    }

    /**
     * Reads until every sent message came, or block_ms passed without one (unless {@code patient}),
     * or timeout_ms passed; returns the probe messages read.
     */
    private long drain(ZmqSocket receiver, long expected, boolean patient) {
        long delivered = 0;
        long hardDeadline = System.nanoTime() + spec.timeoutMs() * 1_000_000L;
        long quiet = System.nanoTime() + spec.blockMs() * 1_000_000L;
        while (delivered < expected) {
            long now = System.nanoTime();
            if (now - hardDeadline > 0) {
                break;
            }
            int marker = receiveMessage(receiver);
            if (marker < 0) {
                if (!patient && System.nanoTime() - quiet > 0) {
                    break;
                }
                continue;
            }
            if (marker == PROBE) {
                delivered++;
            }
            quiet = System.nanoTime() + spec.blockMs() * 1_000_000L;
        }
        return delivered;
    }

    /** One whole message (a ROUTER's routing-id frame skipped): its marker byte, or -1 on RCVTIMEO. */
    private int receiveMessage(ZmqSocket socket) {
        int size = socket.receive(in, 0);
        if (size < 0) {
            return -1;
        }
        while (socket.hasMore()) {
            size = socket.receive(in, 0);
            if (size < 0) {
                throw new ZmqException(0, "a frame of a multi-frame message did not arrive");
            }
        }
        return size > 0 ? in[0] : 0;
    }

    /** The outcome of one send: ACCEPTED, WOULD_BLOCK, or the errno of the error. */
    private static final int ACCEPTED = Integer.MIN_VALUE;
    private static final int WOULD_BLOCK = Integer.MIN_VALUE + 1;

    private int sendMessage(ZmqSocket sender, byte[] routingId, byte marker, int flags) {
        try {
            if (kind.routed() && !sender.send(routingId, routingId.length, flags | ZmqSocket.SNDMORE)) {
                return WOULD_BLOCK;
            }
            return trySend(sender, marker, ++sequence, flags) ? ACCEPTED : WOULD_BLOCK;
        } catch (ZmqException e) {
            return e.errno();
        }
    }

    private static String outcome(int sent) {
        if (sent == ACCEPTED) {
            return ProbeRecord.ACCEPTED;
        }
        if (sent == WOULD_BLOCK) {
            return ProbeRecord.EAGAIN;
        }
        return ProbeRecord.ERROR_PREFIX + errnoName(sent);
    }

    private static void writeLong(byte[] buffer, int offset, long value) {
        for (int i = 0; i < Long.BYTES; i++) {
            buffer[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long readLong(byte[] buffer, int offset) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value |= (buffer[offset + i] & 0xffL) << (8 * i);
        }
        return value;
    }
}
