package zmqbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenarios.ScenarioType;

/**
 * A result set laid out as the tables read it: scenarios, the rows (cell keys) of each, the
 * backend columns (baseline first), and the cell at each crossing.
 */
public final class ResultGrid {

    /** Scenarios in report order, as each declares it (latency, open-loop, throughput). */
    public static final Comparator<ScenarioKind> SCENARIO_ORDER = Comparator.comparingInt(ScenarioType::reportOrder);

    /** Rows in a stable order: pattern by name, transport (inproc, ipc, tcp), size, hwm. */
    public static final Comparator<CellKey> KEY_ORDER = Comparator.comparing((CellKey k) -> k.pattern().cliName())
            .thenComparing(CellKey::transport)
            .thenComparingInt(CellKey::size)
            .thenComparingInt(CellKey::hwm)
            .thenComparingLong(k -> k.pacing().gapNs());

    private final ResultSet set;
    private final List<String> backends;
    private final Map<String, CellResult> cells = new HashMap<>();

    private ResultGrid(ResultSet set) {
        this.set = set;
        Set<String> order = new LinkedHashSet<>();
        if (baseline(set) != null) {
            order.add(set.baseline());
        }
        if (set.options() != null) {
            order.addAll(set.options().matrix().backends());
        }
        Set<String> present = new LinkedHashSet<>();
        for (CellResult cell : set.cells()) {
            present.add(cell.backend());
            cells.put(id(cell.backend(), cell.key()), cell); // a later record of the same cell wins
        }
        order.addAll(present);
        order.retainAll(present);
        this.backends = List.copyOf(order);
    }

    public static ResultGrid of(ResultSet set) {
        return new ResultGrid(set);
    }

    public ResultSet set() {
        return set;
    }

    /** The baseline backend if it has cells in the set, else null. */
    public String baseline() {
        return baseline(set);
    }

    /** Backends with at least one cell, the baseline first, then as the options listed them. */
    public List<String> backends() {
        return backends;
    }

    /** Scenarios present, in {@link #SCENARIO_ORDER}. */
    public List<ScenarioKind> scenarios() {
        Set<ScenarioKind> present = new TreeSet<>(SCENARIO_ORDER);
        for (CellResult cell : set.cells()) {
            present.add(cell.key().scenario());
        }
        return new ArrayList<>(present);
    }

    /** The rows of a scenario in {@link #KEY_ORDER}. */
    public List<CellKey> keys(ScenarioKind scenario) {
        Set<CellKey> keys = new TreeSet<>(KEY_ORDER);
        for (CellResult cell : set.cells()) {
            if (cell.key().scenario() == scenario) {
                keys.add(cell.key());
            }
        }
        return new ArrayList<>(keys);
    }

    /** The cell of {@code backend} for {@code key}, or null if the set has none. */
    public CellResult cell(String backend, CellKey key) {
        return cells.get(id(backend, key));
    }

    /**
     * Forks per cell: the {@code forks} option when the set records it, else the most forks any
     * cell ran.
     */
    public int forks() {
        if (set.options() != null && set.options().rounds().forks() > 0) {
            return set.options().rounds().forks();
        }
        int most = 0;
        for (CellResult cell : set.cells()) {
            most = Math.max(most, cell.forks().size());
            for (Estimate estimate : cell.figures().values()) {
                most = Math.max(most, estimate.forks());
            }
        }
        return most;
    }

    private static String baseline(ResultSet set) {
        String baseline = set.baseline();
        if (baseline == null) {
            return null;
        }
        for (CellResult cell : set.cells()) {
            if (baseline.equals(cell.backend())) {
                return baseline;
            }
        }
        return null;
    }

    private static String id(String backend, CellKey key) {
        return backend + "\u0000" + key;
    }
}
