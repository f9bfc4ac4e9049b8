package zmqbench.results;

import zmqbench.scenario.Gaps;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * What one cell of a comparison measures, identical for every backend: a row of the tables. In
 * JSON each enum is its command-line name ({@code latency}, {@code pair}, {@code tcp}).
 *
 * @param size message payload in bytes
 * @param hwm SNDHWM and RCVHWM set on both peers, or -1 for the library default
 * @param pacing a scenario's pace when it is a dimension of its cells (sparse: each gap); else
 *     {@link Pacing#NONE} (null in sets saved before it, read as none)
 */
public record CellKey(ScenarioKind scenario, Pattern pattern, Transport transport, int size, int hwm, Pacing pacing) {

    public CellKey {
        pacing = pacing == null ? Pacing.NONE : pacing;
    }

    /** A cell with no pace of its own. */
    public CellKey(ScenarioKind scenario, Pattern pattern, Transport transport, int size, int hwm) {
        this(scenario, pattern, transport, size, hwm, Pacing.NONE);
    }

    /** e.g. {@code latency pair tcp 64 B hwm 1000}, {@code sparse pair tcp 64 B gap 1ms}. */
    public String label() {
        return scenario.cliName() + " " + pattern.cliName() + " " + transport.cliName() + " " + size + " B"
                + (hwm >= 0 ? " hwm " + hwm : "") + (pacing.gapNs() > 0 ? " gap " + Gaps.format(pacing.gapNs()) : "");
    }
}
