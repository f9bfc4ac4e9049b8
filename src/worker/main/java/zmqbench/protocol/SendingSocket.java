package zmqbench.protocol;

import zmqbench.backend.SocketType;
import zmqbench.scenario.Names;

/**
 * A sending socket whose behaviour at the high-water mark is probed, with the peer that receives
 * from it and never reads. The C worker has the same table (native/worker/semantics.c).
 *
 * <p>PUB and ROUTER bind and their peer connects (a ROUTER routes to the peer's ROUTING_ID); the
 * others connect to a bound receiver, as the benchmark's active peers do.
 */
public enum SendingSocket {
    PAIR(SocketType.PAIR, SocketType.PAIR, false, false),
    PUSH(SocketType.PUSH, SocketType.PULL, false, false),
    DEALER(SocketType.DEALER, SocketType.ROUTER, false, false),
    /** Lock-step: one request, then its reply; the probe reports what a second request does. */
    REQ(SocketType.REQ, SocketType.REP, false, false),
    PUB(SocketType.PUB, SocketType.SUB, true, false),
    ROUTER(SocketType.ROUTER, SocketType.DEALER, true, false),
    /** ROUTER with ZMQ_ROUTER_MANDATORY set. */
    ROUTER_MANDATORY(SocketType.ROUTER, SocketType.DEALER, true, true);

    /** The routing id the receiving DEALER sets, so that a ROUTER's sends are routable. */
    public static final String PEER_ID = "peer";
    /** A routing id no peer has: what a ROUTER does with an unroutable message. */
    public static final String NOBODY_ID = "nobody";

    private final SocketType sender;
    private final SocketType receiver;
    private final boolean senderBinds;
    private final boolean mandatory;

    SendingSocket(SocketType sender, SocketType receiver, boolean senderBinds, boolean mandatory) {
        this.sender = sender;
        this.receiver = receiver;
        this.senderBinds = senderBinds;
        this.mandatory = mandatory;
    }

    public SocketType sender() {
        return sender;
    }

    public SocketType receiver() {
        return receiver;
    }

    /** True when the sender binds and the receiver connects (PUB, ROUTER). */
    public boolean senderBinds() {
        return senderBinds;
    }

    /** True when ZMQ_ROUTER_MANDATORY is set on the sender. */
    public boolean mandatory() {
        return mandatory;
    }

    /** True when every send names its peer with a routing-id frame first. */
    public boolean routed() {
        return sender == SocketType.ROUTER;
    }

    /** Command-line name: pair, push, dealer, req, pub, router, router-mandatory. */
    public String cliName() {
        return Names.cliName(this);
    }

    public static SendingSocket parse(String name) {
        return Names.parse(SendingSocket.class, "socket", name);
    }
}
