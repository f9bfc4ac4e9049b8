package zmqbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CrossingSpecTest {

    @Test
    void workerArgumentsRoundTripWithAndWithoutACall() {
        for (String call : new String[] {null, "zmq_ctx_get"}) {
            CrossingSpec spec = new CrossingSpec("c", call, 1234, 7, 250);
            String[] args = spec.format().toArray(String[]::new);
            assertTrue(CrossingSpec.requested(args));
            assertEquals(spec, CrossingSpec.parse(args));
            assertEquals(call != null, spec.format().contains("--call"), spec.format()::toString);
        }
    }

    @Test
    void onlyTheBackendIsRequired() {
        assertEquals(new CrossingSpec("jni", null, CrossingSpec.DEFAULT_CALLS, CrossingSpec.DEFAULT_BATCHES,
                CrossingSpec.DEFAULT_WARMUP_CAP_MS), CrossingSpec.parse("--backend", "jni", "--crossings"));
    }

    @Test
    void otherModesAreNotThisOne() {
        assertFalse(CrossingSpec.requested("--backend", "c", "--describe"));
        assertFalse(CrossingSpec.requested(List.of("--backend", "c", "--scenario", "latency").toArray(String[]::new)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--call zmq_has        | --call must be one of zmq_errno, zmq_ctx_get, got 'zmq_has'",
        "--calls 0             | --calls must be from 1 to 2147483647, got 0",
        "--calls 3000000000    | --calls is out of range: 3000000000",
        "--calls many          | --calls must be a whole number, got 'many'",
        "--batches 0           | --batches must be from 1 to 10000, got 0",
        "--batches 10001       | --batches must be from 1 to 10000, got 10001",
        "--warmup-auto 0       | --warmup-auto must be at least 1 (ms), got 0",
        "--count 5             | unknown crossings argument '--count'",
        "--calls               | --calls needs a value"})
    void badArgumentsAreRefusedWithTheOptionNamed(String given, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("--backend", "c", "--crossings"));
        args.addAll(List.of(given.split(" ")));
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> CrossingSpec.parse(args.toArray(String[]::new))).getMessage());
    }

    @Test
    void theBackendIsRequired() {
        assertEquals("missing --backend", assertThrows(IllegalArgumentException.class,
                () -> CrossingSpec.parse("--crossings")).getMessage());
    }
}
