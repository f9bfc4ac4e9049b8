package zmqbench.results;

import java.util.List;
import java.util.Map;
import zmqbench.options.CompareOptions;

/**
 * Everything one comparison produced: where and how it ran, and each backend's cells.
 *
 * @param environment machine, OS, JVM, tool version and commit (see {@code zmqbench.env})
 * @param options the full resolved options of the run, or null when the set did not record them
 * @param configHash hash of the options that identical configurations share
 * @param placement how the peers were placed on CPUs
 * @param baseline backend that ratios are taken against, or null
 * @param unfinished cells planned but not measured (an interrupted run)
 * @param complete false while a run is still writing the set, or when it was interrupted before
 *     {@link ResultStore#finish}: then {@code unfinished} cannot list what is missing
 * @param createdAt when the run started: ISO-8601 with its offset ({@link Timestamps}); sets from
 *     before have none ({@code 2026-11-27T10:15:00})
 * @param runLog when the run started and ended and how each cell's rounds went, or null until the
 *     run finishes (and in sets from before)
 */
public record ResultSet(
        String toolVersion,
        String createdAt,
        Map<String, String> environment,
        CompareOptions options,
        String configHash,
        String placement,
        String baseline,
        List<CellResult> cells,
        List<String> unfinished,
        boolean complete,
        RunLog runLog) {

    /** Null collections (e.g. absent from a JSON file) read as empty ones. */
    public ResultSet {
        environment = environment == null ? Map.of() : environment;
        cells = cells == null ? List.of() : cells;
        unfinished = unfinished == null ? List.of() : unfinished;
    }

    /** A set held in memory, complete as far as its maker knows, without a run log. */
    public ResultSet(
            String toolVersion,
            String createdAt,
            Map<String, String> environment,
            CompareOptions options,
            String configHash,
            String placement,
            String baseline,
            List<CellResult> cells,
            List<String> unfinished) {
        this(toolVersion, createdAt, environment, options, configHash, placement, baseline, cells,
                unfinished, true, null);
    }

    /** This set with other cells, unfinished cells and completion. */
    public ResultSet with(List<CellResult> newCells, List<String> newUnfinished, boolean isComplete) {
        return new ResultSet(toolVersion, createdAt, environment, options, configHash, placement, baseline,
                newCells, newUnfinished, isComplete, runLog);
    }

    /** This set with {@code log} as its run log. */
    public ResultSet withRunLog(RunLog log) {
        return new ResultSet(toolVersion, createdAt, environment, options, configHash, placement, baseline,
                cells, unfinished, complete, log);
    }
}
