package zmqbench.options;

import java.util.List;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * What a comparison measures: its cells are every scenario x pattern x transport x size x HWM it
 * allows, each run by every column.
 *
 * @param backends backends to compare, in table order
 * @param interop also run each pair of different backends against each other
 * @param releases other versions or local builds of a backend's library, each its own column in
 *     place of the backend's ({@link #columns()})
 */
public record Matrix(
        List<String> backends,
        List<ScenarioKind> scenarios,
        List<Pattern> patterns,
        List<Transport> transports,
        List<Integer> sizes,
        List<Integer> hwms,
        boolean interop,
        List<LibraryRelease> releases) {

    /** Copies the lists (null, absent from an older set: empty). */
    public Matrix {
        backends = CompareOptions.copy(backends);
        scenarios = CompareOptions.copy(scenarios);
        patterns = CompareOptions.copy(patterns);
        transports = CompareOptions.copy(transports);
        sizes = CompareOptions.copy(sizes);
        hwms = CompareOptions.copy(hwms);
        releases = CompareOptions.copy(releases);
    }

    /** The columns of the table: the backends, each with releases replaced by them ({@code jeromq@0.5.4}). */
    public List<String> columns() {
        return LibraryRelease.columns(backends, releases);
    }
}
