package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class ForkFailureTest {

    @Test
    void classifiesTheWorkersStatuses() {
        assertNull(ForkFailure.of("ok"));
        assertEquals(ForkFailure.NEVER_CONNECTED, ForkFailure.of(
                "jeromq connect: never connected: no ZMTP handshake with the peer at tcp://127.0.0.1:1 within 10000 ms"));
        assertEquals(ForkFailure.LOST_MESSAGES, ForkFailure.of(
                "lost 3 of 7000 messages sent (6997 of 7000 received); bind: peer sent nothing for 10000 ms"));
        assertEquals(ForkFailure.WORKER, ForkFailure.of("jeromq connect: no 'result' before the deadline; killed"));
    }

    @Test
    void summarisesFailedForksPerBackend() {
        CellResult jeromq = cell("jeromq", "ok", "jeromq connect: never connected: no ZMTP handshake", "lost 1 of 1");
        CellResult c = cell("c", "ok", "ok");
        assertEquals(List.of("jeromq: 2 of 3 forks failed (never connected 1, lost messages 1)"),
                ForkFailure.summary(List.of(jeromq, c)));
        assertEquals(List.of(), ForkFailure.summary(List.of(c)));
    }

    private static CellResult cell(String backend, String... statuses) {
        List<ForkResult> forks = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            forks.add(ForkResult.failed(i, statuses[i]));
        }
        CellKey key = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
        return CellResult.builder(backend, key, "ok").versions("1", "4.3.4").placement("none").forks(forks).build();
    }
}
