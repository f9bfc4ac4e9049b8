package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import zmqbench.options.FarPeer;

class FarCommandTest {

    /** A prefix that runs its arguments here: what 'ip netns exec NAME' does in another namespace. */
    private static final FarPeer HERE = FarPeer.exec("env", "127.0.0.1", "/z");
    private static final FarPeer SSH = FarPeer.ssh("lab2", null, "/z");

    @Test
    void sshGetsOneQuotedLineThatItsRemoteShellSplitsBack() throws Exception {
        List<String> argv = List.of("java", "-cp", "/opt/z/build/lib/c/*", "it's", "tcp://10.0.0.2:*");
        List<String> command = FarCommand.exec(SSH, argv);
        assertEquals(SSH.prefix().size() + 1, command.size());
        String line = command.get(command.size() - 1);
        assertEquals("'java' '-cp' '/opt/z/build/lib/c/*' 'it'\\''s' 'tcp://10.0.0.2:*'", line);
        // The remote shell's view: printf gets every word back unchanged, globs unexpanded.
        Process shell = new ProcessBuilder("sh", "-c", "printf '%s\\n' " + line).start();
        String words = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(shell.waitFor(10, TimeUnit.SECONDS));
        assertEquals(String.join("\n", argv) + "\n", words);
    }

    @Test
    void anotherPrefixGetsTheArgumentsAsTheyAre() {
        assertEquals(List.of("env", "a b", "*"), FarCommand.exec(HERE, List.of("a b", "*")));
    }

    @Test
    void theFarWorkerEndsWhenItsChannelHangsUp() throws IOException, InterruptedException {
        Process wrapper = new ProcessBuilder(FarCommand.worker(HERE, List.of("sleep", "600"))).start();
        try {
            ProcessHandle worker = awaitChild(wrapper, "sleep");
            wrapper.getOutputStream().close();
            assertTrue(worker.onExit().get(10, TimeUnit.SECONDS) != null);
            assertTrue(wrapper.waitFor(10, TimeUnit.SECONDS), "the wrapper ends with its worker");
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the far worker outlived its channel", e);
        } finally {
            wrapper.descendants().forEach(ProcessHandle::destroyForcibly);
            wrapper.destroyForcibly();
        }
    }

    @Test
    void theWrapperPassesTheWorkersOutputAndStatus() throws IOException, InterruptedException {
        Process wrapper = new ProcessBuilder(FarCommand.worker(HERE, List.of("sh", "-c", "echo '{\"event\":1}'; exit 7")))
                .start();
        String out = new String(wrapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(wrapper.waitFor(10, TimeUnit.SECONDS), "ends when its worker ends, stdin still open");
        assertEquals("{\"event\":1}\n", out);
        assertEquals(7, wrapper.exitValue());
        wrapper.getOutputStream().close();
    }

    /** The wrapper's child running {@code program}, once it has started (bounded). */
    private static ProcessHandle awaitChild(Process wrapper, String program) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (ProcessHandle child : wrapper.descendants().toList()) {
                if (child.info().command().orElse("").endsWith("/" + program)) {
                    return child;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        throw new AssertionError(program + " never started under the wrapper");
    }
}
