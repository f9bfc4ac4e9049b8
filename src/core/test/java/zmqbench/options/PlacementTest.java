package zmqbench.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.scenario.Role;

class PlacementTest {

    @Test
    void separatePutsEachPeerOnItsOwnCpu() {
        assertEquals(List.of("taskset", "-c", "1"), Placement.SEPARATE.prefix(Role.BIND));
        assertEquals(List.of("taskset", "-c", "0"), Placement.SEPARATE.prefix(Role.CONNECT));
        assertEquals(List.of("taskset", "-c", "0,1"), Placement.SEPARATE.prefix(Role.BOTH));
    }

    @Test
    void sameAndNone() {
        assertEquals(Placement.SAME.prefix(Role.BIND), Placement.SAME.prefix(Role.CONNECT));
        assertEquals(List.of(), Placement.NONE.prefix(Role.BOTH));
    }

    @Test
    void separateNeedsTwoCpus() {
        assertEquals("--cpus separate needs 2 CPUs, this machine has 1", Placement.SEPARATE.unsupported(1));
        assertNull(Placement.SEPARATE.unsupported(2));
        assertNull(Placement.SAME.unsupported(1));
    }
}
