package zmqbench.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * The order in which a cell's forks run: rounds, each a random permutation of all backends (A B C,
 * C A B, B C A, ...). Interleaving spreads a slow drift of the machine (thermal throttling, a noisy
 * neighbour, a background job) over every backend instead of charging it to whichever ran last;
 * shuffling each round keeps a fixed position in the round from favouring one. Running each backend
 * once per round also pairs the forks of a round (see {@link PairedRatio}).
 */
public final class ForkOrder {

    private final List<String> backends;
    private final Random random;

    /**
     * The rounds of {@code backends} drawn from {@code seed}: the same seed gives the same rounds on
     * every JVM ({@link Random}'s generator is specified, and the Fisher-Yates shuffle is written
     * out here).
     *
     * @throws IllegalArgumentException if a backend is listed twice
     */
    public ForkOrder(List<String> backends, long seed) {
        if (new HashSet<>(backends).size() != backends.size()) {
            throw new IllegalArgumentException("backends must not repeat: " + backends);
        }
        this.backends = List.copyOf(backends);
        this.random = new Random(seed);
    }

    /** The next round: every backend once, in a random order. */
    public List<String> nextRound() {
        List<String> order = new ArrayList<>(backends);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        return order;
    }
}
