package zmqbench.results;

/**
 * The machine around one slice, from /proc before and after it (see
 * {@code zmqbench.run.WeatherProbe}).
 *
 * @param wallNs the parent's clock from just before the slice line to just after its answer
 * @param othersNs CPU time other processes took (never below 0; /proc/stat's 10 ms ticks, so ±20 ms)
 * @param stealNs time the hypervisor gave the CPUs to other guests
 * @param pairRunNs the pair's threads' time on a CPU (schedstat, ns)
 * @param pairWaitNs the pair's threads' time runnable but waiting for a CPU
 * @param pairInvoluntary the pair's involuntary context switches
 * @param loadAverage the machine's 1-minute load average just after the slice (0 in sets before it)
 */
public record Weather(long wallNs, long othersNs, long stealNs, long pairRunNs, long pairWaitNs,
                      long pairInvoluntary, double loadAverage) {

    /** A slice is disturbed when other processes and steal took more than this share of its wall time. */
    public static final double DISTURBED_SHARE = 0.2;
    /**
     * ... and more than this: the ±2 ticks of 10 ms that reading /proc/stat twice can be off by, so
     * that a short slice is not marked for the ticks' rounding alone.
     */
    public static final long TICKS_ERROR_NS = 20_000_000L;

    public boolean disturbed() {
        return othersNs + stealNs > Math.max(DISTURBED_SHARE * wallNs, TICKS_ERROR_NS);
    }
}
