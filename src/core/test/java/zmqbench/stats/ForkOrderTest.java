package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForkOrderTest {

    private static final List<String> BACKENDS = List.of("c", "jni", "jzmq", "jna", "jeromq");

    @Test
    void eachRoundIsAPermutationOfAllBackends() {
        List<String> plan = ForkOrder.plan(BACKENDS, 7, 42);
        assertEquals(BACKENDS.size() * 7, plan.size());
        for (int round = 0; round < 7; round++) {
            List<String> order = plan.subList(round * BACKENDS.size(), (round + 1) * BACKENDS.size());
            assertEquals(Set.copyOf(BACKENDS), new HashSet<>(order), "round " + round);
        }
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        assertEquals(ForkOrder.plan(BACKENDS, 10, 7), ForkOrder.plan(BACKENDS, 10, 7));
        assertNotEquals(ForkOrder.plan(BACKENDS, 10, 7), ForkOrder.plan(BACKENDS, 10, 8));
    }

    @Test
    void roundsAreNotAllInTheSameOrder() {
        for (long seed = 0; seed < 20; seed++) {
            List<String> plan = ForkOrder.plan(List.of("a", "b", "c"), 5, seed);
            Set<List<String>> rounds = new HashSet<>();
            for (int round = 0; round < 5; round++) {
                rounds.add(plan.subList(round * 3, round * 3 + 3));
            }
            assertNotEquals(1, rounds.size(), "seed " + seed);
        }
    }

    @Test
    void refusesNoForksAndRepeatedBackends() {
        assertThrows(IllegalArgumentException.class, () -> ForkOrder.plan(BACKENDS, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ForkOrder.plan(List.of("c", "c"), 3, 1));
    }
}
