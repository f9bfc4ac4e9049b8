package zmqbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A thread's files as /proc/PID/task/TID shows them, with the figures the parent reads. */
final class FakeTask {

    private FakeTask() {
    }

    static void write(Path task, String comm, long runNs, long waitNs, long voluntary, long involuntary)
            throws IOException {
        Files.createDirectories(task);
        Files.writeString(task.resolve("comm"), comm + "\n");
        // state, then ten fields, then utime and stime in ticks (fields 14 and 15)
        Files.writeString(task.resolve("stat"), "7 (" + comm + ") S 0 0 0 0 0 0 0 0 0 0 "
                + runNs / 10_000_000 + " 0 0 0\n");
        Files.writeString(task.resolve("schedstat"), runNs + " " + waitNs + " 7\n");
        Files.writeString(task.resolve("sched"), comm + " (7, #threads: 1)\n-------\nse.nr_migrations : 0\n"
                + "nr_voluntary_switches : " + voluntary + "\nnr_involuntary_switches : " + involuntary + "\n");
    }
}
