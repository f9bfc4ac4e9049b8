package zmqbench.diff;

import zmqbench.results.CellKey;

/** A cell whose status differs between the sets, e.g. ok before and lost messages after. */
public record StatusChange(String backend, CellKey key, String before, String after) {

    /** Ok before, failed after. */
    public boolean broke() {
        return "ok".equals(before) && !"ok".equals(after);
    }
}
