package zmqbench.report;

import java.util.List;
import zmqbench.report.text.Table;

/** One scenario's tables, one per figure. */
public record Section(String scenario, List<Table> tables) {
}
