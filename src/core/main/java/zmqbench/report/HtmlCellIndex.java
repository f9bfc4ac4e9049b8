package zmqbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;

/**
 * The cells of a result set arranged as the report reads them: scenarios, then cell keys within a
 * scenario (the rows), then backends (the columns).
 */
final class HtmlCellIndex {

    private final List<String> backends;
    private final Map<ScenarioKind, List<CellKey>> keysByScenario;
    private final Map<CellKey, Map<String, CellResult>> cells;

    HtmlCellIndex(ResultSet results) {
        Set<String> backendSet = new LinkedHashSet<>();
        Map<ScenarioKind, Set<CellKey>> keys = new TreeMap<>(ResultGrid.SCENARIO_ORDER);
        cells = new LinkedHashMap<>();
        List<CellResult> all = results.cells() == null ? List.of() : results.cells();
        for (CellResult cell : all) {
            if (cell == null || cell.key() == null || cell.backend() == null) {
                continue;
            }
            backendSet.add(cell.backend());
            keys.computeIfAbsent(cell.key().scenario(), s -> new LinkedHashSet<>()).add(cell.key());
            cells.computeIfAbsent(cell.key(), k -> new LinkedHashMap<>()).put(cell.backend(), cell);
        }
        backends = List.copyOf(backendSet);
        keysByScenario = new LinkedHashMap<>();
        keys.forEach((scenario, set) -> {
            List<CellKey> sorted = new ArrayList<>(set);
            sorted.sort(ResultGrid.KEY_ORDER);
            keysByScenario.put(scenario, List.copyOf(sorted));
        });
    }

    /** Backends in the order they first appear in the result set. */
    List<String> backends() {
        return backends;
    }

    /** Scenarios in {@link ResultGrid#SCENARIO_ORDER}. */
    List<ScenarioKind> scenarios() {
        return List.copyOf(keysByScenario.keySet());
    }

    List<CellKey> keys(ScenarioKind scenario) {
        return keysByScenario.getOrDefault(scenario, List.of());
    }

    /** The backend's result for the cell, or null when it has none. */
    CellResult cell(CellKey key, String backend) {
        Map<String, CellResult> byBackend = cells.get(key);
        return byBackend == null ? null : byBackend.get(backend);
    }

    /** The cell's results in backend order, skipping backends without one. */
    List<CellResult> cells(CellKey key) {
        List<CellResult> out = new ArrayList<>();
        for (String backend : backends) {
            CellResult cell = cell(key, backend);
            if (cell != null) {
                out.add(cell);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }
}
