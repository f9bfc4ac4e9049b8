package zmqbench.results;

import java.util.List;
import java.util.Map;

/**
 * Everything one comparison produced: where and how it ran, and each backend's cells.
 *
 * @param environment machine, OS, JVM, tool version and commit (see {@code zmqbench.env})
 * @param options the full resolved options of the run
 * @param configHash hash of the options that identical configurations share
 * @param placement how the peers were placed on CPUs
 * @param baseline backend that ratios are taken against, or null
 * @param unfinished cells planned but not measured (an interrupted run)
 */
public record ResultSet(
        String toolVersion,
        String createdAt,
        Map<String, String> environment,
        Map<String, Object> options,
        String configHash,
        String placement,
        String baseline,
        List<CellResult> cells,
        List<String> unfinished) {
}
