package zmqbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.scenario.Gaps;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/** One label for a cell, whichever table, log line or diff shows it; each leaves out what its title says. */
class CellKeyLabelTest {

    private static final CellKey DEFAULT_HWM = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 1024, -1);
    private static final CellKey SPARSE = new CellKey(ScenarioKind.SPARSE, Pattern.PAIR, Transport.IPC, 64, 1000,
            Pacing.gap(1_000_000));

    @Test
    void theFullLabelNamesEveryPartAndTheSizeInItsUnit() {
        assertEquals("latency pair tcp 1 KiB", DEFAULT_HWM.label());
        assertEquals("sparse pair ipc 64 B hwm 1000 gap " + Gaps.format(1_000_000), SPARSE.label());
    }

    @Test
    void aTableLeavesOutWhatItsTitleNamesAndSpellsOutTheDefaultHwmAmongSetOnes() {
        assertEquals("tcp 1 KiB", DEFAULT_HWM.label(Set.of()));
        assertEquals("pair tcp 1 KiB", DEFAULT_HWM.label(Set.of(LabelPart.PATTERN)));
        assertEquals("pair tcp 1 KiB hwm default", DEFAULT_HWM.label(Set.of(LabelPart.PATTERN, LabelPart.DEFAULT_HWM)));
        assertEquals("pair ipc 64 B hwm 1000", SPARSE.label(Set.of(LabelPart.PATTERN, LabelPart.DEFAULT_HWM))
                .replaceAll(" gap .*", ""));
    }
}
