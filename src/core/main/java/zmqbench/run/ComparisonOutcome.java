package zmqbench.run;

import java.nio.file.Path;
import java.util.List;
import zmqbench.results.CellResult;

/**
 * What a finished comparison leaves for the command line to print.
 *
 * @param dir where the result set was saved
 * @param cells every cell result, in plan order
 * @param backendMissing a backend the user named could not run
 */
public record ComparisonOutcome(Path dir, List<CellResult> cells, boolean backendMissing) {

    public ComparisonOutcome {
        cells = List.copyOf(cells);
    }

    /** True when a named backend could not run or a cell failed: exit status 1. */
    public boolean failed() {
        return backendMissing || cells.stream().anyMatch(cell -> !cell.ok());
    }

    /** One line per backend with failed forks, and what kind of failure ({@link ForkFailure#summary}). */
    public List<String> failures() {
        return ForkFailure.summary(cells);
    }
}
