package zmqbench.threads;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Every thread of a process at one instant, as /proc/PID/task/N shows it: name, user and system
 * ticks, time on a CPU and waiting for one, context switches and migrations. Read at the phase
 * boundaries only (it lists a directory and reads four files per thread, allocating); the parent
 * reads its workers' around each slice.
 */
public final class TaskSnapshot {

    /** Linux reports stat's times in USER_HZ, 100 per second on every architecture it runs on. */
    private static final long NS_PER_TICK = 10_000_000L;

    /** One thread's counters; -1 in a field its file did not give. */
    record Task(String comm, long userTicks, long systemTicks, long runNs, long waitNs, long voluntary,
                long involuntary, long migrations) {
    }

    private final Map<String, Task> byTid;

    private TaskSnapshot(Map<String, Task> byTid) {
        this.byTid = byTid;
    }

    /** This process's threads now; none where /proc/self/task cannot be listed. */
    public static TaskSnapshot now() {
        return read(Path.of("/proc/self/task"));
    }

    /** The threads listed in {@code tasks} (/proc/PID/task) now; none where it cannot be listed. */
    public static TaskSnapshot read(Path tasks) {
        Map<String, Task> byTid = new HashMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                Task task = task(thread);
                if (task != null) {
                    byTid.put(thread.getFileName().toString(), task);
                }
            }
        } catch (IOException e) {
            return new TaskSnapshot(Map.of());
        }
        return new TaskSnapshot(byTid);
    }

    public boolean empty() {
        return byTid.isEmpty();
    }

    /** Time on a CPU of every thread in ns. */
    public long runNs() {
        return sum(Task::runNs);
    }

    /** Time runnable but waiting for a CPU of every thread in ns. */
    public long waitNs() {
        return sum(Task::waitNs);
    }

    /** Involuntary context switches of every thread (0 where /proc/.../sched is absent). */
    public long involuntarySwitches() {
        return sum(Task::involuntary);
    }

    private long sum(ToLongFunction<Task> figure) {
        return byTid.values().stream().mapToLong(t -> Math.max(0, figure.applyAsLong(t))).sum();
    }

    /**
     * What the threads alive now spent since {@code start}, by class: a thread started in between
     * counts whole, one that ended in between is missing, and no figure goes below 0.
     */
    public ThreadCosts since(TaskSnapshot start) {
        Map<String, ThreadClassCost> byClass = new LinkedHashMap<>();
        for (Map.Entry<String, Task> entry : byTid.entrySet()) {
            Task end = entry.getValue();
            Task begin = start.byTid.get(entry.getKey());
            String name = ThreadCosts.classOf(end.comm());
            ThreadClassCost cost = new ThreadClassCost(name, 1,
                    delta(end.userTicks(), begin == null ? 0 : begin.userTicks()) * NS_PER_TICK,
                    delta(end.systemTicks(), begin == null ? 0 : begin.systemTicks()) * NS_PER_TICK,
                    delta(end.runNs(), begin == null ? 0 : begin.runNs()),
                    delta(end.waitNs(), begin == null ? 0 : begin.waitNs()),
                    delta(end.voluntary(), begin == null ? 0 : begin.voluntary()),
                    delta(end.involuntary(), begin == null ? 0 : begin.involuntary()),
                    delta(end.migrations(), begin == null ? 0 : begin.migrations()));
            byClass.merge(name, cost, ThreadClassCost::plus);
        }
        List<ThreadClassCost> ordered = new ArrayList<>();
        for (String name : ThreadCosts.CLASSES) {
            if (byClass.containsKey(name)) {
                ordered.add(byClass.get(name));
            }
        }
        return new ThreadCosts(ordered);
    }

    private static long delta(long end, long start) {
        return Math.max(0, end - Math.max(0, start));
    }

    /** One thread's counters, or null for a thread that ended while it was read. */
    private static Task task(Path thread) {
        try {
            String comm = Files.readString(thread.resolve("comm")).strip();
            String stat = Files.readString(thread.resolve("stat"));
            // after the name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            String[] schedstat = Files.readString(thread.resolve("schedstat")).strip().split(" ");
            Map<String, Long> sched = sched(thread);
            return new Task(comm, Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(schedstat[0]), Long.parseLong(schedstat[1]),
                    sched.getOrDefault("nr_voluntary_switches", -1L),
                    sched.getOrDefault("nr_involuntary_switches", -1L),
                    sched.getOrDefault("se.nr_migrations", -1L));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The whole-number lines of /proc/.../sched ("se.nr_migrations   :   3"); empty without it. */
    private static Map<String, Long> sched(Path thread) {
        Map<String, Long> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(thread.resolve("sched"))) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String value = line.substring(colon + 1).strip();
                if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                    values.put(line.substring(0, colon).strip(), Long.parseLong(value));
                }
            }
        } catch (IOException e) {
            // a kernel without CONFIG_SCHED_DEBUG: no switches or migrations from here
        }
        return values;
    }
}
