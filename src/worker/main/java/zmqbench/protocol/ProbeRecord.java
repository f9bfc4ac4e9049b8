package zmqbench.protocol;

/**
 * What one probe saw: the record a worker prints, {@code {"event":"semantics",...}}, grouped by
 * concern (snake_case in JSON, a nested object per group). Send outcomes are words: {@code accepted},
 * {@code eagain} (a DONTWAIT send that would block), {@code blocked} (a blocking send still waiting
 * when SNDTIMEO expired), or {@code error:<ERRNO>} (e.g. {@code error:EFSM}); a blocking send
 * accepted while the receiver got fewer messages than were sent is {@code accepted (dropped)}.
 *
 * @param identity the worker's backend and versions
 * @param connection the sending socket, where it met the receiver, and how it knew it was connected
 * @param limits the HWM and the probe's bounds
 * @param outcome where the sender stopped, and the sends at that mark
 * @param delivery the messages sent and delivered, and how long it took
 * @param error null, or what went wrong
 */
public record ProbeRecord(
        String event,
        ProbeIdentity identity,
        ProbeConnection connection,
        ProbeLimits limits,
        ProbeOutcome outcome,
        ProbeDelivery delivery,
        String error) {

    public static final String EVENT = "semantics";
    public static final String ACCEPTED = "accepted";
    public static final String ACCEPTED_DROPPED = "accepted (dropped)";
    public static final String EAGAIN = "eagain";
    public static final String BLOCKED = "blocked";
    public static final String ERROR_PREFIX = "error:";

    /** A probe's record: it ran, whatever it saw. */
    public static ProbeRecord of(ProbeIdentity identity, ProbeConnection connection, ProbeLimits limits,
                                 ProbeOutcome outcome, ProbeDelivery delivery) {
        return new ProbeRecord(EVENT, identity, connection, limits, outcome, delivery, null);
    }

    /** This record, as if its HWM had been set {@code hwmSet} ({@code before} or {@code after}). */
    public ProbeRecord withHwmSet(String hwmSet) {
        ProbeLimits l = limits;
        return new ProbeRecord(event, identity, connection,
                new ProbeLimits(l.hwm(), hwmSet, l.size(), l.blockMs(), l.limit()), outcome, delivery, error);
    }
}
