package zmqbench.breakdown;

/**
 * One backend's extra time per message over the baseline in one cell, taken apart (per round trip
 * in latency cells; see {@link TimeBreakdown}). The timed parts add up with the rest to the extra:
 * extra = crossings + binding CPU + GC + other threads (throughput) + wake-ups + rest. Every figure is a mean
 * over the backend's ok forks, less the baseline's where it says so; NaN where a part is not known
 * (then it stays in the rest).
 *
 * @param backend the backend
 * @param pacedBy whose threads set the pace ({@link MessagePace#pacedBy})
 * @param extraNs its mean time per message (the timed interval over the measured messages) less the baseline's
 * @param crossings native crossings per message on the pacing threads: counted in a counting run, else
 *     derived from the API path
 * @param crossingsCounted true when {@code crossings} was counted (cost.native_crossings)
 * @param crossingNs ns per crossing ({@link CrossingCosts}); NaN when not measured
 * @param crossingsTimeNs crossings x crossingNs; NaN without a crossing cost
 * @param bindingCpuNs the pacing path threads' CPU less the baseline's, less the crossings: the
 *     binding's own work (copies, allocation, its code, and the kernel calls it makes)
 * @param gcNs the pacing process's GC threads' CPU less the baseline's
 * @param otherThreadsNs its JIT, VM and other threads' CPU less the baseline's
 * @param otherThreadsAdded true when that is a part ({@link MessagePace#otherThreadsAdd}); else shown only
 * @param wakeups the path threads' wake-ups per message less the baseline's
 * @param wakeupNs those wake-ups at the baseline's time off the CPU per wake-up
 *     ({@link MessagePace#offCpuNsPerWakeup}); NaN when the baseline has none
 * @param restNs what the parts leave of the extra time, never hidden
 * @param runWaitNs the path threads' time runnable but waiting for a CPU less the baseline's: shown, not
 *     added (a thread waiting for its sibling on the same CPU waits through CPU counted already)
 * @param migrations the path threads' CPU migrations less the baseline's
 * @param copies copies of the payload per message beyond the baseline's ({@link CopyPath}); -1 when not derived
 * @param copiedBytes bytes those copies move per message; -1 when not derived
 * @param allocBytes heap bytes allocated per message (0 for c); NaN when not measured
 * @param extraNoiseNs two standard errors of the extra ({@link MessagePace#nsStandardError}, the
 *     backend's and the baseline's together): an extra within it is not told from 0; NaN when not known
 */
public record BreakdownRow(String backend, String pacedBy, double extraNs, double crossings, boolean crossingsCounted,
                           double crossingNs, double crossingsTimeNs, double bindingCpuNs, double gcNs,
                           double otherThreadsNs, boolean otherThreadsAdded, double wakeups, double wakeupNs, double restNs, double runWaitNs,
                           double migrations, int copies, long copiedBytes, double allocBytes,
                           double extraNoiseNs) {

    /** True when the extra is within its noise: its split is then noise too. */
    public boolean extraWithinNoise() {
        return Math.abs(extraNs) < extraNoiseNs;
    }

    /** The rest as a fraction of the extra time (its magnitude over the extra's); NaN without extra time. */
    public double restFraction() {
        return extraNs == 0 ? Double.NaN : Math.abs(restNs) / Math.abs(extraNs);
    }
}
