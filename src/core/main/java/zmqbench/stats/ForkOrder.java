package zmqbench.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * The order in which a cell's forks run: {@code forks} rounds, each a random permutation of all
 * backends (A B C, C A B, B C A, ...). Interleaving spreads a slow drift of the machine (thermal
 * throttling, a noisy neighbour, a background job) over every backend instead of charging it to
 * whichever ran last; shuffling each round keeps a fixed position in the round from favouring one.
 */
public final class ForkOrder {

    private ForkOrder() {
    }

    /**
     * The backends in run order, {@code backends.size() * forks} entries, round by round. The same
     * seed gives the same plan on every JVM ({@link Random}'s generator is specified, and the
     * Fisher-Yates shuffle is written out here).
     *
     * @throws IllegalArgumentException if {@code forks < 1} or a backend is listed twice
     */
    public static List<String> plan(List<String> backends, int forks, long seed) {
        if (forks < 1) {
            throw new IllegalArgumentException("forks must be at least 1, got " + forks);
        }
        if (new HashSet<>(backends).size() != backends.size()) {
            throw new IllegalArgumentException("backends must not repeat: " + backends);
        }
        Random random = new Random(seed);
        List<String> plan = new ArrayList<>(backends.size() * forks);
        for (int round = 0; round < forks; round++) {
            List<String> order = new ArrayList<>(backends);
            for (int i = order.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                order.set(i, order.set(j, order.get(i)));
            }
            plan.addAll(order);
        }
        return plan;
    }
}
