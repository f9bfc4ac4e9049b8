package zmqbench.scenario;

/** What one peer counted and timed; the worker turns it into its result record. */
public final class PeerTally {
    long messagesSent;
    long messagesReceived;
    long measuredMessages;
    long elapsedNs;
    long enqueueNs;
    long samples;
    long dropped;
    long targetRate;
    double achievedRate;
    String error;
    long warmupMessages;
    long warmupNs;
    String steadyState = SteadyRule.FIXED;
    long windowNs;
    Timeline timeline = new Timeline(0);

    public long messagesSent() {
        return messagesSent;
    }

    public long messagesReceived() {
        return messagesReceived;
    }

    public long measuredMessages() {
        return measuredMessages;
    }

    public long elapsedNs() {
        return elapsedNs;
    }

    public long enqueueNs() {
        return enqueueNs;
    }

    public long samples() {
        return samples;
    }

    /** Measured messages the sender sent that never arrived (pub-sub); 0 for patterns that never drop. */
    public long dropped() {
        return dropped;
    }

    /** Open-loop: the messages per second the pinger was asked to send; 0 for other scenarios. */
    public long targetRate() {
        return targetRate;
    }

    /** Open-loop: the measured messages per second the pinger actually sent (see {@link OpenLoopPeer}). */
    public double achievedRate() {
        return achievedRate;
    }

    public String error() {
        return error;
    }

    /** Messages (or round trips) spent warming up; for a peer that cannot tell, 0. */
    public long warmupMessages() {
        return warmupMessages;
    }

    /** Time from the first message to the end of the warm-up. */
    public long warmupNs() {
        return warmupNs;
    }

    /** steady, not steady, or fixed (see the result record). */
    public String steadyState() {
        return steadyState;
    }

    public long windowNs() {
        return windowNs;
    }

    /** The timed side's windows; empty for the other side. */
    public Timeline timeline() {
        return timeline;
    }

    /** Adds the other peer's side of a two-thread worker: its counts fill what this one lacks. */
    public void combine(PeerTally other) {
        messagesSent = Math.max(messagesSent, other.messagesSent);
        messagesReceived = Math.max(messagesReceived, other.messagesReceived);
        // The timed side's interval is the fork's; the other side's (an echo's whole run) only if it has none.
        if (measuredMessages == 0 && elapsedNs == 0) {
            measuredMessages = other.measuredMessages;
            elapsedNs = other.elapsedNs;
        }
        enqueueNs = Math.max(enqueueNs, other.enqueueNs);
        samples = Math.max(samples, other.samples);
        dropped = Math.max(dropped, other.dropped);
        targetRate = Math.max(targetRate, other.targetRate);
        achievedRate = Math.max(achievedRate, other.achievedRate);
        if (error == null) {
            error = other.error;
        } else if (other.error != null) {
            error = error + "; " + other.error;
        }
    }
}
