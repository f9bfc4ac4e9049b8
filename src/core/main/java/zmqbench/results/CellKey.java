package zmqbench.results;

import java.util.EnumSet;
import java.util.Set;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Sizes;
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

    /** What a label names besides the transport, the size, a HWM that is set and a sparse gap. */
    public enum LabelPart {
        SCENARIO,
        PATTERN,
        /** The library's default HWM too, as {@code hwm default}: in a table where other rows set theirs. */
        DEFAULT_HWM
    }

    /** Every part: e.g. {@code latency pair tcp 64 B hwm 1000}, {@code sparse pair tcp 1 KiB gap 1ms}. */
    public String label() {
        return label(EnumSet.of(LabelPart.SCENARIO, LabelPart.PATTERN));
    }

    /** The parts asked for (a table that gives the others in its title leaves them out): {@code pair tcp 64 B}. */
    public String label(Set<LabelPart> parts) {
        return (parts.contains(LabelPart.SCENARIO) ? scenario.cliName() + " " : "")
                + (parts.contains(LabelPart.PATTERN) ? pattern.cliName() + " " : "")
                + transport.cliName() + " " + Sizes.format(size)
                + (hwm >= 0 ? " hwm " + hwm : parts.contains(LabelPart.DEFAULT_HWM) ? " hwm default" : "")
                + (pacing.gapNs() > 0 ? " gap " + Gaps.format(pacing.gapNs()) : "");
    }
}
