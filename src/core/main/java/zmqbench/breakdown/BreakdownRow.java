package zmqbench.breakdown;

/**
 * One backend's extra time per message over the baseline in one cell, taken apart (per round trip
 * in latency cells). Every time is a mean over the backend's ok forks less the baseline's; NaN
 * where a part is not known (then it stays in the rest).
 *
 * @param backend the backend
 * @param extraNs its mean time per message (the timed interval over the measured messages) less the baseline's
 * @param crossings native crossings per message: counted in a counting run, else derived from the API path
 * @param crossingsCounted true when {@code crossings} was counted (cost.native_crossings)
 * @param crossingNs ns per crossing ({@link CrossingCosts}); NaN when not measured
 * @param crossingsTimeNs crossings x crossingNs; NaN without a crossing cost
 * @param copies copies of the payload per message beyond the baseline's ({@link CopyPath}); -1 when not derived
 * @param copiedBytes bytes those copies move per message; -1 when not derived
 * @param allocBytes heap bytes allocated per message (0 for c); NaN when not measured
 * @param gcNs collection time per message (0 for c)
 * @param schedulingNs time runnable but waiting for a CPU per message of the application and ZeroMQ I/O
 *     threads, less the baseline's
 * @param wakeups voluntary context switches (wake-ups) of the same threads per message, less the baseline's
 * @param migrations their CPU migrations per message, less the baseline's
 * @param restNs what the parts leave of the extra time: extra - crossings - GC - scheduling (copies
 *     and allocation are not timed, so they are in it)
 */
public record BreakdownRow(String backend, double extraNs, double crossings, boolean crossingsCounted,
                           double crossingNs, double crossingsTimeNs, int copies, long copiedBytes, double allocBytes,
                           double gcNs, double schedulingNs, double wakeups, double migrations, double restNs) {

    /** The rest as a fraction of the extra time (its magnitude over the extra's); NaN without extra time. */
    public double restFraction() {
        return extraNs == 0 ? Double.NaN : Math.abs(restNs) / Math.abs(extraNs);
    }
}
