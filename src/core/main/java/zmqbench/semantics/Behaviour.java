package zmqbench.semantics;

import zmqbench.protocol.ProbeRecord;

/** What a sender does at its high-water mark, as read from a {@link ProbeRecord}. */
public enum Behaviour {
    /** The queue fills, then a DONTWAIT send fails with EAGAIN and a blocking send waits (until SNDTIMEO). */
    BLOCKS("blocks"),
    /** Every send is accepted, and what does not fit is silently dropped. */
    DROPS("drops"),
    /** REQ's lock-step: a second request before the reply fails with EFSM. */
    EFSM("EFSM"),
    /** Every send accepted and every message delivered: no limit was found within the probe's bound. */
    NO_LIMIT("no limit"),
    /** Any other combination, e.g. an unexpected error. */
    OTHER("other");

    private final String word;

    Behaviour(String word) {
        this.word = word;
    }

    /** The word the reports use. */
    public String word() {
        return word;
    }

    /** Reads the behaviour from the two sends at the mark and the receiver's count. */
    public static Behaviour of(ProbeRecord record) {
        String nonblocking = record.outcome().nonblockingResult();
        String blocking = record.outcome().blockingResult();
        if (nonblocking == null || blocking == null) {
            return OTHER;
        }
        if (nonblocking.equals(ProbeRecord.ERROR_PREFIX + "EFSM")) {
            return EFSM;
        }
        if (nonblocking.equals(ProbeRecord.EAGAIN) && blocking.equals(ProbeRecord.BLOCKED)) {
            return BLOCKS;
        }
        if (nonblocking.equals(ProbeRecord.ACCEPTED) && blocking.startsWith(ProbeRecord.ACCEPTED)) {
            return record.delivery().dropped() > 0 ? DROPS : NO_LIMIT;
        }
        return OTHER;
    }
}
