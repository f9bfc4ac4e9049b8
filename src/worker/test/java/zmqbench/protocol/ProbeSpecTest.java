package zmqbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.scenario.Transport;

class ProbeSpecTest {

    @Test
    void workerArgumentsRoundTrip() {
        ProbeSpec spec = new ProbeSpec("jna", SendingSocket.ROUTER_MANDATORY, Transport.TCP, 7, true, 32, 150, 5000, 12345);
        List<String> args = spec.format();
        assertTrue(ProbeSpec.requested(args.toArray(String[]::new)));
        assertEquals(spec, ProbeSpec.parse(args.toArray(String[]::new)));
        assertTrue(args.containsAll(List.of("--socket", "router-mandatory", "--scenario", "semantics")));
        assertTrue(args.containsAll(List.of("--hwm-set", "after")));
    }

    @Test
    void theLimitIsTenTimesTheInprocLimitPlusRoomForTheKernelOverTcp() {
        assertEquals(200, ProbeSpec.defaultLimit(Transport.INPROC, 10, false));
        assertEquals(200 + ProbeSpec.TCP_EXTRA, ProbeSpec.defaultLimit(Transport.TCP, 10, false));
        assertEquals(20_000, ProbeSpec.defaultLimit(Transport.INPROC, 10, true), "room for the default HWM's 2000");
        assertEquals(200, ProbeSpec.parse("--backend", "c", "--scenario", "semantics", "--socket", "pub",
                "--transport", "inproc", "--hwm", "10").limit());
    }

    @Test
    void otherScenariosAreNotThisOne() {
        assertFalse(ProbeSpec.requested("--backend", "c", "--scenario", "latency"));
    }

    @Test
    void badArgumentsAreRefusedWithTheOptionNamed() {
        assertEquals("--hwm must be at least 1 (0 means no limit: nothing to probe), got 0",
                assertThrows(IllegalArgumentException.class, () -> ProbeSpec.of("c", SendingSocket.PAIR, Transport.INPROC, 0))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ProbeSpec.of("c", SendingSocket.PAIR, Transport.IPC, 10)).getMessage().contains("--transport"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ProbeSpec.parse("--backend", "c", "--socket", "xpub", "--transport", "tcp")).getMessage()
                .contains("unknown socket 'xpub'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ProbeSpec.parse("--backend", "c", "--socket", "pair", "--transport", "tcp", "--size", "8"))
                .getMessage().contains("--size"));
    }
}
