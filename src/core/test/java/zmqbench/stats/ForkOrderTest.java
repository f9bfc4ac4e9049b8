package zmqbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForkOrderTest {

    private static final List<String> BACKENDS = List.of("c", "jni", "jzmq", "jna", "jeromq");

    private static List<List<String>> rounds(List<String> backends, int count, long seed) {
        ForkOrder order = new ForkOrder(backends, seed);
        List<List<String>> rounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rounds.add(order.nextRound());
        }
        return rounds;
    }

    @Test
    void eachRoundIsAPermutationOfAllBackends() {
        List<List<String>> rounds = rounds(BACKENDS, 7, 42);
        for (List<String> round : rounds) {
            assertEquals(BACKENDS.size(), round.size());
            assertEquals(Set.copyOf(BACKENDS), new HashSet<>(round));
        }
    }

    @Test
    void theSameSeedGivesTheSameRoundsAndAnotherSeedOthers() {
        assertEquals(rounds(BACKENDS, 10, 7), rounds(BACKENDS, 10, 7));
        assertNotEquals(rounds(BACKENDS, 10, 7), rounds(BACKENDS, 10, 8));
    }

    @Test
    void roundsAreNotAllInTheSameOrder() {
        for (long seed = 0; seed < 20; seed++) {
            assertNotEquals(1, new HashSet<>(rounds(List.of("a", "b", "c"), 5, seed)).size(), "seed " + seed);
        }
    }

    @Test
    void refusesRepeatedBackends() {
        assertThrows(IllegalArgumentException.class, () -> new ForkOrder(List.of("c", "c"), 1));
    }
}
