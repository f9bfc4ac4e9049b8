package zmqbench.scenario;

import zmqbench.backend.SocketType;

/**
 * A socket pattern as two peers use it. The active peer (pinger or sender) connects; the
 * passive peer (echo or receiver) binds, as libzmq's remote_* and local_* tools do.
 *
 * <p>The C worker has the same table (native/worker/pattern.c), with the same names, sides,
 * refusals and minimum sizes.
 */
public enum Pattern {
    PAIR(SocketType.PAIR, SocketType.PAIR, true, true),
    REQ_REP(SocketType.REQ, SocketType.REP, true, false),
    PUSH_PULL(SocketType.PUSH, SocketType.PULL, false, true),
    DEALER_ROUTER(SocketType.DEALER, SocketType.ROUTER, true, true),
    /** Publisher connects, subscriber binds; a stream that may drop: see {@link PubSubStream}. */
    PUB_SUB(SocketType.PUB, SocketType.SUB, false, true);

    private final SocketType active;
    private final SocketType passive;
    private final boolean latency;
    private final boolean throughput;

    Pattern(SocketType active, SocketType passive, boolean latency, boolean throughput) {
        this.active = active;
        this.passive = passive;
        this.latency = latency;
        this.throughput = throughput;
    }

    /** The socket of the pinger (latency) or sender (throughput). */
    public SocketType active() {
        return active;
    }

    /** The socket of the echo (latency) or receiver (throughput). */
    public SocketType passive() {
        return passive;
    }

    /** Command-line name: pair, req-rep, push-pull, dealer-router, pub-sub. */
    public String cliName() {
        return Names.cliName(this);
    }

    /** Null when the pattern can run the scenario, else why not. */
    public String refusal(ScenarioKind scenario) {
        if (scenario.roundTrips() && !latency) {
            return cliName() + " is one way: it cannot echo, so it has no round-trip latency";
        }
        return scenario.peers().patternRefusal(this);
    }

    /** True when the pattern can carry a one-way stream. */
    public boolean oneWay() {
        return throughput;
    }

    /**
     * True when every payload carries a topic byte and a sequence number, the passive side
     * subscribes before it binds, and the stream may drop messages, which the receiver counts
     * rather than waits for (PUB/SUB; the format and the rules are in {@link PubSubStream}).
     */
    public boolean sequenced() {
        return passive == SocketType.SUB;
    }

    /** The filter the passive side subscribes to before it binds, or null when it does not subscribe. */
    public byte[] subscription() {
        return sequenced() ? PubSubStream.subscription() : null;
    }

    /** The smallest --size the pattern can carry: a sequenced payload needs its topic and number. */
    public int minimumSize() {
        return sequenced() ? PubSubStream.HEADER_BYTES : 1;
    }

    /** Null when {@code size} bytes can carry this pattern's payload, else why not. */
    public String sizeRefusal(int size) {
        if (size >= minimumSize()) {
            return null;
        }
        return cliName() + " needs --size of at least " + minimumSize() + " bytes (a topic byte and an 8-byte "
                + "sequence number in every message), got " + size;
    }

    /** True when the passive side receives a routing-id frame before each payload (ROUTER). */
    public boolean passiveSeesEnvelope() {
        return passive == SocketType.ROUTER;
    }

    public static Pattern parse(String name) {
        return Names.parse(Pattern.class, "pattern", name);
    }
}
