package zmqbench.protocol;

import zmqbench.scenario.Transport;

/**
 * What one probe saw: the record a worker prints, {@code {"event":"semantics",...}} (snake_case in
 * JSON). Send outcomes are words: {@code accepted}, {@code eagain} (a DONTWAIT send that would
 * block), {@code blocked} (a blocking send still waiting when SNDTIMEO expired), or
 * {@code error:<ERRNO>} (e.g. {@code error:EFSM}); a blocking send accepted while the receiver
 * got fewer messages than were sent is {@code accepted (dropped)}.
 *
 * @param hwmSet {@code before} bind/connect (the usual way) or {@code after} both are connected
 * @param handshake how the receiver was known to be connected before probing: {@code none}
 *     (inproc to a bound peer is connected on return), {@code hello} (one message, read), or
 *     {@code warm-up} (PUB: messages until the subscriber gets the latest one)
 * @param queuedBeforeBlock sends accepted before a send blocked (or failed); for a socket that
 *     never blocks, the sends accepted within the limit
 * @param firstEagainAt sends accepted before the first DONTWAIT send failed with EAGAIN (over tcp
 *     the I/O thread keeps draining into the kernel, so later sends may still be accepted); -1 never
 * @param nonblockingResult a DONTWAIT send at the mark
 * @param blockingResult a blocking send at the mark (waits at most SNDTIMEO = block_ms)
 * @param unroutableResult ROUTER only: a DONTWAIT send to a routing id no peer has; else null
 * @param sent probe messages accepted in all (including the ones sent at the mark)
 * @param delivered probe messages the receiver got when it finally read
 * @param dropped sent - delivered
 * @param stoppedBy what ended the probe: {@code block}, {@code error}, {@code limit} or {@code time}
 * @param elapsedNs the probe's duration, connecting and draining excluded
 * @param drainNs how long the receiver took to read what reached it at the end (a sender that
 *     blocked: until all came; otherwise until block_ms of silence)
 * @param error null, or what went wrong
 */
public record ProbeRecord(
        String event,
        String backend,
        String backendVersion,
        String libzmqVersion,
        String socket,
        Transport transport,
        String endpoint,
        int hwm,
        String hwmSet,
        int size,
        int blockMs,
        long limit,
        String handshake,
        long queuedBeforeBlock,
        long firstEagainAt,
        String nonblockingResult,
        String blockingResult,
        String unroutableResult,
        long sent,
        long delivered,
        long dropped,
        String stoppedBy,
        long elapsedNs,
        long drainNs,
        String error) {

    public static final String EVENT = "semantics";
    public static final String ACCEPTED = "accepted";
    public static final String ACCEPTED_DROPPED = "accepted (dropped)";
    public static final String EAGAIN = "eagain";
    public static final String BLOCKED = "blocked";
    public static final String ERROR_PREFIX = "error:";
}
