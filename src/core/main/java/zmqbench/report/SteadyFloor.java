package zmqbench.report;

import zmqbench.results.Estimate;
import zmqbench.results.ResultSet;

/**
 * The least time to steady state a fork can show: the first check comes after --window x
 * --steady-windows, so a fork steady from the start shows that much. A value at the floor says
 * "steady by then" ("<= 500 ms"), not how long it took, and has no meaningful ratio.
 *
 * @param ms the floor in ms, or NaN when the set does not record its options
 */
record SteadyFloor(double ms) {

    static SteadyFloor of(ResultSet set) {
        return new SteadyFloor(set.options() == null ? Double.NaN
                : (double) set.options().phases().windowMs() * set.options().phases().steadyWindows());
    }

    /** True when {@code estimate}'s median lies at (or, rounded, below) the floor. */
    boolean holds(Estimate estimate) {
        return estimate != null && Double.isFinite(ms) && estimate.median() <= ms;
    }
}
