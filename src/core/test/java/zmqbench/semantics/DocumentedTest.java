package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.SendingSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.scenario.Transport;

class DocumentedTest {

    @Test
    void theDocumentedBehaviourOfEachSocket() {
        assertEquals(Behaviour.BLOCKS, Documented.of(SendingSocket.PAIR).behaviour());
        assertEquals(Behaviour.BLOCKS, Documented.of(SendingSocket.PUSH).behaviour());
        assertEquals(Behaviour.BLOCKS, Documented.of(SendingSocket.DEALER).behaviour());
        assertEquals(Behaviour.EFSM, Documented.of(SendingSocket.REQ).behaviour());
        assertEquals(Behaviour.DROPS, Documented.of(SendingSocket.PUB).behaviour());
        assertEquals(Behaviour.DROPS, Documented.of(SendingSocket.ROUTER).behaviour());
        assertEquals(Behaviour.BLOCKS, Documented.of(SendingSocket.ROUTER_MANDATORY).behaviour());
    }

    @Test
    void routerMandatoryFailsWithEagainAndEhostunreachWhileRouterDropsSilently() {
        Documented mandatory = Documented.of(SendingSocket.ROUTER_MANDATORY);
        assertEquals("eagain", mandatory.nonblockingResult());
        assertEquals("blocked", mandatory.blockingResult());
        assertEquals("error:EHOSTUNREACH", mandatory.unroutableResult());
        Documented router = Documented.of(SendingSocket.ROUTER);
        assertEquals("accepted", router.nonblockingResult());
        assertEquals("accepted (dropped)", router.blockingResult());
        assertEquals("accepted", router.unroutableResult());
        assertNull(Documented.of(SendingSocket.PAIR).unroutableResult(), "only a ROUTER routes");
    }

    @Test
    void reqAllowsOneRequestThenEfsm() {
        Documented req = Documented.of(SendingSocket.REQ);
        assertEquals("error:EFSM", req.nonblockingResult());
        assertEquals("error:EFSM", req.blockingResult());
        assertEquals("EFSM @1", req.cell(Transport.INPROC, 10));
    }

    @Test
    void documentedCellsNameTheInprocLimitAndTcpsLowerBound() {
        assertEquals("blocks @20", Documented.of(SendingSocket.PAIR).cell(Transport.INPROC, 10));
        assertEquals("blocks @20+", Documented.of(SendingSocket.PAIR).cell(Transport.TCP, 10));
        assertEquals("drops <=2000", Documented.of(SendingSocket.PUB).cell(Transport.INPROC, 1000));
        assertEquals("drops", Documented.of(SendingSocket.ROUTER).cell(Transport.TCP, 10));
    }

    @ParameterizedTest
    @EnumSource(SendingSocket.class)
    void aDocumentedRecordHasNoDifferences(SendingSocket socket) {
        for (Transport transport : ProbeSpec.TRANSPORTS) {
            ProbeRecord record = Records.documented("c", socket, transport, 10);
            assertEquals(List.of(), Documented.of(socket).differences(record), socket + "/" + transport);
            assertEquals(Documented.of(socket).behaviour(), Behaviour.of(record));
        }
    }

    @Test
    void aPairThatDropsDiffers() {
        ProbeRecord record = Records.record("jeromq", SendingSocket.PAIR, Transport.INPROC, 10, 200, "accepted",
                "accepted (dropped)", null, 202, 20);
        assertEquals(Behaviour.DROPS, Behaviour.of(record));
        List<String> differences = Documented.of(SendingSocket.PAIR).differences(record);
        assertEquals("drops where the documentation says blocks", differences.get(0));
        assertTrue(differences.stream().anyMatch(d -> d.contains("182 of 202 messages lost")), differences::toString);
    }

    @Test
    void aPubThatBlocksDiffers() {
        ProbeRecord record = Records.record("x", SendingSocket.PUB, Transport.INPROC, 10, 20, "eagain", "blocked", null,
                20, 20);
        assertEquals(Behaviour.BLOCKS, Behaviour.of(record));
        assertEquals("blocks where the documentation says drops",
                Documented.of(SendingSocket.PUB).differences(record).get(0));
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 19, 21, 40})
    void inprocBlockingQueuesExactlySndhwmPlusRcvhwm(long queued) {
        ProbeRecord record = Records.record("x", SendingSocket.PUSH, Transport.INPROC, 10, queued, "eagain", "blocked", null,
                queued, queued);
        assertEquals(List.of("queued " + queued + " before blocking; documented SNDHWM + RCVHWM = 20"),
                Documented.of(SendingSocket.PUSH).differences(record));
    }

    @Test
    void overTcpTheKernelAddsSoOnlyFewerThanTheSumDiffers() {
        ProbeRecord many = Records.record("x", SendingSocket.DEALER, Transport.TCP, 10, 43_000, "eagain", "blocked", null,
                43_000, 43_000);
        assertEquals(List.of(), Documented.of(SendingSocket.DEALER).differences(many));
        ProbeRecord few = Records.record("x", SendingSocket.DEALER, Transport.TCP, 10, 12, "eagain", "blocked", null, 12, 12);
        assertEquals(1, Documented.of(SendingSocket.DEALER).differences(few).size());
    }

    @Test
    void aRouterMandatoryThatRoutesTheUnroutableDiffers() {
        ProbeRecord record = Records.record("x", SendingSocket.ROUTER_MANDATORY, Transport.INPROC, 10, 20, "eagain", "blocked",
                "accepted", 20, 20);
        assertEquals(List.of("a send to an unknown routing id: accepted, documented error:EHOSTUNREACH"),
                Documented.of(SendingSocket.ROUTER_MANDATORY).differences(record));
    }

    @Test
    void aDropperThatKeepsMoreThanTheInprocLimitDiffers() {
        ProbeRecord record = Records.record("x", SendingSocket.ROUTER, Transport.INPROC, 10, 200, "accepted",
                "accepted (dropped)", "accepted", 202, 30);
        assertEquals(List.of("kept 30 messages; documented at most SNDHWM + RCVHWM = 20"),
                Documented.of(SendingSocket.ROUTER).differences(record));
    }

    @Test
    void everySendAcceptedAndDeliveredIsNoLimit() {
        ProbeRecord record = Records.record("x", SendingSocket.PUSH, Transport.INPROC, 10, 200, "accepted", "accepted", null,
                202, 202);
        assertEquals(Behaviour.NO_LIMIT, Behaviour.of(record));
        assertEquals("no limit where the documentation says blocks",
                Documented.of(SendingSocket.PUSH).differences(record).get(0));
    }

    @Test
    void aSecondRequestThatIsAcceptedDiffers() {
        ProbeRecord record = Records.record("x", SendingSocket.REQ, Transport.INPROC, 10, 20, "eagain", "blocked", null,
                20, 20);
        List<String> differences = Documented.of(SendingSocket.REQ).differences(record);
        assertEquals("blocks where the documentation says EFSM", differences.get(0));
    }
}
