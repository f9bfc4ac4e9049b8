package zmqbench.stats;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;
import zmqbench.results.Figure;
import zmqbench.threads.ThreadClassCost;
import zmqbench.threads.ThreadCosts;

/** The per-thread figures of one fork ({@link ThreadCosts}) per measured message or round trip. */
final class ThreadFigures {

    private static final List<String> IO = List.of(ThreadCosts.LIBZMQ_IO, ThreadCosts.JEROMQ_IO);
    private static final List<String> JVM = List.of(ThreadCosts.JIT, ThreadCosts.GC, ThreadCosts.OTHER);

    private ThreadFigures() {
    }

    /** {@code figure} over {@code messages}; empty without accounting (no /proc, older sets) or messages. */
    static OptionalDouble perMessage(ThreadCosts threads, Figure figure, long messages) {
        ThreadClassCost all = threads.total();
        if (all == null || messages <= 0) {
            return OptionalDouble.empty();
        }
        double total = switch (figure) {
            case APP_CPU_NS_PER_MSG -> sum(threads, List.of(ThreadCosts.APPLICATION), ThreadClassCost::runNs);
            case IO_CPU_NS_PER_MSG -> sum(threads, IO, ThreadClassCost::runNs);
            case JVM_CPU_NS_PER_MSG -> sum(threads, JVM, ThreadClassCost::runNs);
            case SYSTEM_CPU_NS_PER_MSG -> all.systemNs();
            case WAKEUPS_PER_MSG -> all.voluntarySwitches();
            case PREEMPTIONS_PER_MSG -> all.involuntarySwitches();
            case MIGRATIONS_PER_MSG -> all.migrations();
            case RUN_WAIT_NS_PER_MSG -> all.runWaitNs();
            default -> throw new IllegalArgumentException("not a thread figure: " + figure);
        };
        return OptionalDouble.of(total / messages);
    }

    private static long sum(ThreadCosts threads, List<String> classes, ToLongFunction<ThreadClassCost> figure) {
        return threads.classes().stream().filter(c -> classes.contains(c.name())).mapToLong(figure).sum();
    }
}
