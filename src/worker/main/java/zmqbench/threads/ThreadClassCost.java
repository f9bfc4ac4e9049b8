package zmqbench.threads;

/**
 * What one class of a process's threads spent over the metered span ({@link ThreadCosts}), from
 * /proc/self/task/N: {@code stat} (user and system time, in clock ticks of 10 ms), {@code
 * schedstat} (time on a CPU and time runnable but waiting for one, ns), {@code sched} (context
 * switches and migrations between CPUs). A thread started inside the span counts whole; one that
 * ended inside it is missing (the JVM retires idle compiler threads).
 *
 * @param name the class: {@link ThreadCosts#APPLICATION}, {@link ThreadCosts#LIBZMQ_IO}, ...
 * @param threads threads of that class alive at the end of the span
 * @param userNs user CPU time (tick resolution: 10 ms per thread and read)
 * @param systemNs system CPU time (tick resolution)
 * @param runNs time on a CPU (schedstat, ns resolution): user + system, precisely
 * @param runWaitNs time runnable but waiting for a CPU (schedstat's second field)
 * @param voluntarySwitches context switches where the thread blocked (a wait for a message is one)
 * @param involuntarySwitches context switches where the scheduler took the CPU away
 * @param migrations moves of a thread from one CPU to another ({@code se.nr_migrations})
 */
public record ThreadClassCost(String name, long threads, long userNs, long systemNs, long runNs, long runWaitNs,
                              long voluntarySwitches, long involuntarySwitches, long migrations) {

    /** This class's figures added to {@code other}'s (same class, another process): their threads add up too. */
    public ThreadClassCost plus(ThreadClassCost other) {
        return added(other, threads + other.threads);
    }

    /**
     * This class's figures and a later span's of the same process added up: its threads are the
     * most that were alive at the end of either span.
     */
    public ThreadClassCost andThen(ThreadClassCost later) {
        return added(later, Math.max(threads, later.threads));
    }

    /** Every figure but the thread count times {@code fraction}, rounded. */
    public ThreadClassCost scaled(double fraction) {
        return new ThreadClassCost(name, threads, Math.round(userNs * fraction), Math.round(systemNs * fraction),
                Math.round(runNs * fraction), Math.round(runWaitNs * fraction),
                Math.round(voluntarySwitches * fraction), Math.round(involuntarySwitches * fraction),
                Math.round(migrations * fraction));
    }

    private ThreadClassCost added(ThreadClassCost other, long threadCount) {
        return new ThreadClassCost(name, threadCount, userNs + other.userNs, systemNs + other.systemNs,
                runNs + other.runNs, runWaitNs + other.runWaitNs, voluntarySwitches + other.voluntarySwitches,
                involuntarySwitches + other.involuntarySwitches, migrations + other.migrations);
    }
}
