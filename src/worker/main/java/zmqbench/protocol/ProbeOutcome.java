package zmqbench.protocol;

/**
 * Where a probe's sender stopped, and what its sends at that mark did.
 *
 * @param queuedBeforeBlock sends accepted before a send blocked (or failed); for a socket that
 *     never blocks, the sends accepted within the limit
 * @param firstEagainAt sends accepted before the first DONTWAIT send failed with EAGAIN (over tcp
 *     the I/O thread keeps draining into the kernel, so later sends may still be accepted); -1 never
 * @param nonblockingResult a DONTWAIT send at the mark
 * @param blockingResult a blocking send at the mark (waits at most SNDTIMEO = block_ms)
 * @param unroutableResult ROUTER only: a DONTWAIT send to a routing id no peer has; else null
 * @param stoppedBy what ended the probe: {@code block}, {@code error}, {@code limit} or {@code time}
 */
public record ProbeOutcome(
        long queuedBeforeBlock,
        long firstEagainAt,
        String nonblockingResult,
        String blockingResult,
        String unroutableResult,
        String stoppedBy) {
}
