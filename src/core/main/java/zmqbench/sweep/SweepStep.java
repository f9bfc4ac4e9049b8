package zmqbench.sweep;

import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;

/**
 * One backend at one offered rate: its open-loop cell's corrected p99 across forks, the share of
 * the rate its pinger achieved, and the verdict.
 *
 * @param rate offered messages per second
 * @param p99Ns corrected p99 round trip (from the intended send time), median across forks with its
 *     95% interval; null when the cell has none (it failed)
 * @param achievedPercent achieved send rate, % of {@code rate}, across forks; null when none
 * @param status the cell's status: {@code ok}, or why it failed
 */
public record SweepStep(long rate, Estimate p99Ns, Estimate achievedPercent, StepVerdict verdict, String status) {

    /**
     * The step {@code cell} makes at {@code rate} against {@code limitNs}: failed when the cell did
     * (or has no p99), rate not met when a fork's pinger sent below {@code RATE_MET_FRACTION} of the
     * rate (its latencies are those of a lower load), over the limit when the median p99 exceeds it.
     */
    public static SweepStep judge(long rate, CellResult cell, long limitNs) {
        Estimate p99 = cell.figure(Figure.RTT_P99);
        Estimate achieved = cell.figure(Figure.ACHIEVED_RATE_PERCENT);
        StepVerdict verdict;
        if (!cell.ok() || p99 == null) {
            verdict = StepVerdict.FAILED;
        } else if (!cell.forks().stream().allMatch(ForkResult::rateMet)) {
            verdict = StepVerdict.RATE_NOT_MET;
        } else if (p99.median() > limitNs) {
            verdict = StepVerdict.OVER_LIMIT;
        } else {
            verdict = StepVerdict.HOLDS;
        }
        return new SweepStep(rate, p99, achieved, verdict, cell.ok() && p99 == null ? "no p99" : cell.status());
    }

    /** A backend that ran at a lower rate but was not measured at {@code rate} (it could not start): its ladder ends. */
    public static SweepStep notMeasured(long rate) {
        return new SweepStep(rate, null, null, StepVerdict.FAILED, "not measured");
    }

    public boolean holds() {
        return verdict == StepVerdict.HOLDS;
    }
}
