package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pattern table; native/worker/pattern.c must say the same (names, scenarios, refusals). */
class PatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pair          | PAIR   | PAIR   | true  | true",
        "req-rep       | REQ    | REP    | true  | false",
        "push-pull     | PUSH   | PULL   | false | true",
        "dealer-router | DEALER | ROUTER | true  | true",
        "pub-sub       | PUB    | SUB    | false | true",
    })
    void table(String name, String active, String passive, boolean latency, boolean throughput) {
        Pattern pattern = Pattern.parse(name);
        assertEquals(name, pattern.cliName());
        assertEquals(active, pattern.active().name());
        assertEquals(passive, pattern.passive().name());
        assertEquals(latency, pattern.refusal(ScenarioKind.LATENCY) == null);
        assertEquals(throughput, pattern.refusal(ScenarioKind.THROUGHPUT) == null);
    }

    @Test
    void refusalsSayWhy() {
        assertEquals("push-pull is one way: it cannot echo, so it has no round-trip latency",
                Pattern.PUSH_PULL.refusal(ScenarioKind.LATENCY));
        assertEquals("req-rep is lock-step (one request, one reply): a one-way stream is not possible",
                Pattern.REQ_REP.refusal(ScenarioKind.THROUGHPUT));
    }

    @Test
    void onlyPubSubIsSequencedAndOnlyRouterSeesAnEnvelope() {
        for (Pattern pattern : Pattern.values()) {
            assertEquals(pattern == Pattern.PUB_SUB, pattern.sequenced(), pattern::cliName);
            assertEquals(pattern == Pattern.PUB_SUB ? 9 : 1, pattern.minimumSize(), pattern::cliName);
            assertEquals(pattern == Pattern.DEALER_ROUTER, pattern.passiveSeesEnvelope(), pattern::cliName);
        }
        assertNull(Pattern.PUB_SUB.sizeRefusal(9));
        assertTrue(Pattern.PUB_SUB.sizeRefusal(8).startsWith("pub-sub needs --size of at least 9 bytes"));
        assertNull(Pattern.PAIR.sizeRefusal(1));
    }
}
