package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.options.CompareOptions;
import zmqbench.options.FarPeer;

class FarHostTest {

    private static final FarPeer LAB2 = FarPeer.ssh("lab2", "10.0.0.2", "/opt/zmqbench");

    @Test
    void aBackendThatCannotRunOnTheFarHostIsUnavailable() {
        FarHost far = new FarHost(LAB2, Map.of("far_backend_c", "4.3.4 (libzmq 4.3.4)",
                "far_backend_jzmq", "unavailable: no libjzmq.so"));
        List<BackendStatus> here = List.of(
                new BackendStatus("c", true, "4.3.4", "4.3.4", null),
                new BackendStatus("jzmq", true, "3.1.0", "4.3.4", null),
                new BackendStatus("jna", false, null, null, "not built"));
        List<BackendStatus> usable = far.usable(here);
        assertEquals(here.get(0), usable.get(0));
        assertEquals(new BackendStatus("jzmq", false, null, null, "unavailable on the far host lab2: no libjzmq.so"),
                usable.get(1));
        assertEquals(here.get(2), usable.get(2), "unavailable here says why here");
    }

    @Test
    void thePlacementSaysWhichPeerRanWhere() {
        CompareOptions local = new CompareOptions.Builder().build();
        assertEquals(local.launch().placement().description(), FarHost.placement(local));
        String far = FarHost.placement(local.withFar(LAB2));
        assertTrue(far.endsWith("on each host; tcp: the binding peer (echo, receiver) on lab2 (10.0.0.2:*), the "
                + "connecting peer (pinger, sender) here"), far);
    }
}
