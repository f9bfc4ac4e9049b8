package zmqbench.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskSnapshotTest {

    @TempDir
    Path proc;

    @Test
    void eachClassGetsItsThreadsDifferencesAndANewThreadCountsWhole() throws IOException {
        task("100", "java", 10, 2, 5_000, 700, 3, 1, 0);
        task("101", "iothread-2", 0, 0, 1_000, 0, 9, 0, 1);
        TaskSnapshot start = TaskSnapshot.read(proc);
        task("100", "java", 12, 3, 9_000, 900, 8, 2, 1);
        task("101", "iothread-2", 1, 0, 4_000, 50, 19, 0, 3);
        task("102", "C2 CompilerThre", 4, 0, 2_000, 10, 1, 1, 0);

        ThreadCosts costs = TaskSnapshot.read(proc).since(start);

        assertEquals(List.of(ThreadCosts.APPLICATION, ThreadCosts.JEROMQ_IO, ThreadCosts.JIT),
                costs.classes().stream().map(ThreadClassCost::name).toList(), "in ThreadCosts.CLASSES order");
        assertEquals(new ThreadClassCost(ThreadCosts.APPLICATION, 1, 20_000_000, 10_000_000, 4_000, 200, 5, 1, 1),
                costs.of(ThreadCosts.APPLICATION));
        assertEquals(new ThreadClassCost(ThreadCosts.JIT, 1, 40_000_000, 0, 2_000, 10, 1, 1, 0),
                costs.of(ThreadCosts.JIT), "a thread started in between counts whole");
        assertEquals(9_000, costs.total().runNs());
    }

    @Test
    void aThreadThatEndedIsMissingAndNothingGoesNegative() throws IOException {
        task("100", "zmqbench-passiv", 5, 5, 5_000, 500, 5, 5, 5);
        task("101", "GC Thread#0", 1, 1, 1_000, 100, 1, 1, 1);
        TaskSnapshot start = TaskSnapshot.read(proc);
        Files.walk(proc.resolve("101")).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        task("100", "zmqbench-passiv", 5, 5, 4_000, 500, 5, 5, 5);

        ThreadCosts costs = TaskSnapshot.read(proc).since(start);

        assertEquals(List.of(new ThreadClassCost(ThreadCosts.APPLICATION, 1, 0, 0, 0, 0, 0, 0, 0)), costs.classes());
    }

    @Test
    void noProcReadsAsEmpty() {
        assertTrue(TaskSnapshot.read(proc.resolve("absent")).empty());
    }

    @Test
    void threadNamesMapToTheirClasses() {
        assertEquals(ThreadCosts.LIBZMQ_IO, ThreadCosts.classOf("ZMQbg/IO/0"));
        assertEquals(ThreadCosts.LIBZMQ_IO, ThreadCosts.classOf("ZMQbg/Reaper"));
        assertEquals(ThreadCosts.JEROMQ_IO, ThreadCosts.classOf("reaper-1"));
        assertEquals(ThreadCosts.JIT, ThreadCosts.classOf("C1 CompilerThre"));
        assertEquals(ThreadCosts.GC, ThreadCosts.classOf("G1 Conc#0"));
        assertEquals(ThreadCosts.APPLICATION, ThreadCosts.classOf("zmqbench-worke"));
        assertEquals(ThreadCosts.OTHER, ThreadCosts.classOf("VM Thread"));
    }

    /** A /proc/self/task/TID directory as the kernel writes it (stat's name with a space in it). */
    private void task(String tid, String comm, long userTicks, long systemTicks, long runNs, long waitNs,
                      long voluntary, long involuntary, long migrations) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(tid));
        Files.writeString(dir.resolve("comm"), comm + "\n");
        Files.writeString(dir.resolve("stat"), tid + " (" + comm + ") S 1 1 1 0 -1 4194624 10 0 0 0 " + userTicks
                + " " + systemTicks + " 0 0 20 0 30 0 100 0\n");
        Files.writeString(dir.resolve("schedstat"), runNs + " " + waitNs + " 42\n");
        Files.writeString(dir.resolve("sched"), comm + " (" + tid + ", #threads: 1)\n---------\n"
                + "se.exec_start                                :        603149.908453\n"
                + "se.nr_migrations                             :                    " + migrations + "\n"
                + "nr_switches                                  :     " + (voluntary + involuntary) + "\n"
                + "nr_voluntary_switches                        :                    " + voluntary + "\n"
                + "nr_involuntary_switches                      :                    " + involuntary + "\n");
    }
}
