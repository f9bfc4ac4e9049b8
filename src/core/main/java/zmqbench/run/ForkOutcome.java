package zmqbench.run;

import org.HdrHistogram.Histogram;
import zmqbench.results.ForkResult;

/**
 * One fork of one cell, as the parent saw it.
 *
 * @param rttNs every measured round trip of this fork (latency; open-loop: from the intended send
 *     time), else null
 * @param rttUncorrectedNs open-loop: every measured round trip from its actual send, else null
 * @param backendVersion what the worker said its binding is, or null when it never said
 * @param libzmqVersion what the worker said it speaks, or null when it never said
 */
record ForkOutcome(ForkResult result, Histogram rttNs, String backendVersion, String libzmqVersion,
                   Histogram rttUncorrectedNs) {

    /** An outcome without uncorrected round trips (every scenario but open-loop). */
    ForkOutcome(ForkResult result, Histogram rttNs, String backendVersion, String libzmqVersion) {
        this(result, rttNs, backendVersion, libzmqVersion, null);
    }
}
