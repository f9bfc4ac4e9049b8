package zmqbench.report;

import java.util.List;
import zmqbench.report.text.Table;
import zmqbench.scenario.ScenarioKind;

/** One scenario's tables, one per figure. */
public record Section(ScenarioKind scenario, List<Table> tables) {
}
