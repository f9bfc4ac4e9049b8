package zmqbench.protocol;

import zmqbench.scenario.OpenLoopPeer;

/**
 * The send rate of an open-loop pinger.
 *
 * @param target messages per second the pinger was to send; 0 for other scenarios
 * @param achieved measured messages per second it actually sent (see {@link OpenLoopPeer}); 0 for
 *     other scenarios and for the echo
 * @param met {@code achieved} is at least {@link OpenLoopPeer#RATE_MET_FRACTION} of {@code target};
 *     false when there is no target (other scenarios) and for the echo
 */
public record SendRate(long target, double achieved, boolean met) {

    /** The rate of a peer that was to send {@code target} messages per second and sent {@code achieved}. */
    public static SendRate of(long target, double achieved) {
        return new SendRate(target, achieved, target > 0 && achieved >= OpenLoopPeer.RATE_MET_FRACTION * target);
    }
}
