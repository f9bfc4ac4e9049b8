package zmqbench.protocol;

import zmqbench.threads.ThreadCosts;

/**
 * The result record one peer prints on stdout, grouped by concern; in JSON each group is a nested
 * object and every name is snake_case ({@code {"event":"result","identity":{...},"counts":{...},
 * "timing":{...},"cost":{...},"threads":{...},"rate":{...},"warmup":{...},"error":null}}). The C worker prints the
 * same shape. Figures a role does not produce are 0; JVM-only figures are -1 in the C worker.
 *
 * @param identity which peer this is: backend, role, scenario, pattern, endpoint, size
 * @param counts the messages it sent, received and measured
 * @param timing how long its measured interval took
 * @param cost what its process spent over that interval
 * @param threads what each class of its threads spent over the same interval ({@link ThreadCosts})
 * @param rate open-loop: the send rate asked for and achieved; 0, 0 and false otherwise
 * @param warmup how its warm-up ended, and its timeline (the timed side's; the other side's is
 *     {@code fixed} with no windows)
 * @param error null, or what went wrong after measuring started (e.g. a timeout that lost messages)
 */
public record PeerRecord(
        String event,
        PeerIdentity identity,
        PeerCounts counts,
        Timing timing,
        Cost cost,
        ThreadCosts threads,
        SendRate rate,
        Warmup warmup,
        String error) {

    /** Threads absent (a record from before the accounting) read as none. */
    public PeerRecord {
        threads = threads == null ? ThreadCosts.NONE : threads;
    }

    public static final String EVENT = "result";

    /** A result record: {@link #EVENT} and its groups. */
    public PeerRecord(PeerIdentity identity, PeerCounts counts, Timing timing, Cost cost, ThreadCosts threads,
                      SendRate rate, Warmup warmup, String error) {
        this(EVENT, identity, counts, timing, cost, threads, rate, warmup, error);
    }
}
