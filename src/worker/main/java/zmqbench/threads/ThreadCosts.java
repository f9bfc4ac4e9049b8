package zmqbench.threads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * The per-thread accounting of one peer's metered span ({@code zmqbench.protocol.PeerRecord}), or of a fork's peers
 * together ({@link #together}): one entry per class of thread that had a thread alive at the end,
 * in the order of {@link #CLASSES}. Empty where /proc could not be read. Both workers name their
 * threads' classes from the kernel's thread name ({@code comm}, 15 characters).
 *
 * @param classes each class's figures
 */
public record ThreadCosts(List<ThreadClassCost> classes) {

    /** The thread that runs the scenario: the JVM's {@code java} and ours ({@code zmqbench-*}), C's main thread. */
    public static final String APPLICATION = "application";
    /** libzmq's I/O and reaper threads ({@code ZMQbg/IO/0}, {@code ZMQbg/Reaper}). */
    public static final String LIBZMQ_IO = "libzmq-io";
    /** JeroMQ 0.6.0's I/O and reaper threads ({@code iothread-N}, {@code reaper-N}). */
    public static final String JEROMQ_IO = "jeromq-io";
    /** HotSpot's compiler threads ({@code C1 CompilerThre}, {@code C2 CompilerThre}). */
    public static final String JIT = "jit";
    /** G1's threads ({@code GC Thread#N}, {@code G1 ...}). */
    public static final String GC = "gc";
    /** Everything else: the VM thread (safepoints), signal and finalizer threads, JNA's cleaner. */
    public static final String OTHER = "other";
    /** Every class, in the order records list them. */
    public static final List<String> CLASSES = List.of(APPLICATION, LIBZMQ_IO, JEROMQ_IO, JIT, GC, OTHER);

    /** No accounting (no /proc). */
    public static final ThreadCosts NONE = new ThreadCosts(List.of());

    public ThreadCosts {
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    /** The class of a thread named {@code comm}. */
    public static String classOf(String comm) {
        if (comm.startsWith("ZMQbg/")) {
            return LIBZMQ_IO;
        }
        if (comm.startsWith("iothread-") || comm.startsWith("reaper-")) {
            return JEROMQ_IO;
        }
        if (comm.contains("CompilerThre")) {
            return JIT;
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return GC;
        }
        if (comm.equals("java") || comm.startsWith("zmqbench")) {
            return APPLICATION;
        }
        return OTHER;
    }

    /** Several processes' accounting, class by class. */
    public static ThreadCosts together(List<ThreadCosts> parts) {
        return merged(parts, ThreadClassCost::plus);
    }

    /** This process's accounting and that of a later span of it ({@link ThreadClassCost#andThen}), class by class. */
    public ThreadCosts andThen(ThreadCosts later) {
        return merged(List.of(this, later), ThreadClassCost::andThen);
    }

    /**
     * Several processes' accounting ({@code earlier}, one entry per process) and a later span's of the
     * same processes, process by process ({@link #andThen}).
     */
    public static List<ThreadCosts> andThen(List<ThreadCosts> earlier, List<ThreadCosts> later) {
        List<ThreadCosts> sum = new ArrayList<>();
        for (int i = 0; i < later.size(); i++) {
            sum.add(i < earlier.size() ? earlier.get(i).andThen(later.get(i)) : later.get(i));
        }
        return sum;
    }

    /** Every class's figures times {@code fraction} ({@link ThreadClassCost#scaled}). */
    public ThreadCosts scaled(double fraction) {
        return new ThreadCosts(classes.stream().map(c -> c.scaled(fraction)).toList());
    }

    private static ThreadCosts merged(List<ThreadCosts> parts, BinaryOperator<ThreadClassCost> merge) {
        Map<String, ThreadClassCost> byClass = new LinkedHashMap<>();
        for (String name : CLASSES) {
            for (ThreadCosts part : parts) {
                for (ThreadClassCost cost : part.classes) {
                    if (cost.name().equals(name)) {
                        byClass.merge(name, cost, merge);
                    }
                }
            }
        }
        return new ThreadCosts(new ArrayList<>(byClass.values()));
    }

    /** The class named {@code name}, or null when no thread of it was alive. */
    public ThreadClassCost of(String name) {
        return classes.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Every class's figures added up (named "all"); null when there are none. */
    public ThreadClassCost total() {
        return classes.stream().reduce(ThreadClassCost::plus)
                .map(t -> new ThreadClassCost("all", t.threads(), t.userNs(), t.systemNs(), t.runNs(),
                        t.runWaitNs(), t.voluntarySwitches(), t.involuntarySwitches(), t.migrations()))
                .orElse(null);
    }
}
