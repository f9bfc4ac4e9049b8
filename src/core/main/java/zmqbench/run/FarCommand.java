package zmqbench.run;

import java.util.ArrayList;
import java.util.List;
import zmqbench.options.FarPeer;

/**
 * Command lines that run through a far peer's prefix: an argument vector after {@code ip netns
 * exec NAME} or {@code docker exec -i NAME}; one quoted shell line after {@code ssh HOST}, whose
 * remote shell splits it again.
 */
final class FarCommand {

    /**
     * Runs the worker given as arguments and ends it when stdin ends. Stdin is the channel (the ssh
     * session, or the coordinator's pipe), so a session that hangs up, a cut link that ssh notices,
     * or a coordinator that goes takes the far worker with it: without a terminal, sshd sends no
     * SIGHUP. The far peer binds (echo, receiver) and reads nothing on stdin.
     */
    static final String HANG_UP_WRAPPER = """
            exec 3<&0 </dev/null
            "$@" &
            worker=$!
            ( cat <&3 >/dev/null 2>&1; kill "$worker" 2>/dev/null ) &
            watcher=$!
            exec 3<&-
            wait "$worker"
            status=$?
            kill "$watcher" 2>/dev/null
            exit "$status"
            """;

    private FarCommand() {
    }

    /** {@code argv} run on the far host. */
    static List<String> exec(FarPeer far, List<String> argv) {
        List<String> command = new ArrayList<>(far.prefix());
        if (far.ssh()) {
            command.add(shellLine(argv));
        } else {
            command.addAll(argv);
        }
        return command;
    }

    /** A POSIX sh script run on the far host with {@code args} as $1, $2, ... */
    static List<String> script(FarPeer far, String script, List<String> args) {
        List<String> argv = new ArrayList<>(List.of("sh", "-c", script, "zmqbench-far"));
        argv.addAll(args);
        return exec(far, argv);
    }

    /** A worker run on the far host that ends when its channel hangs up. */
    static List<String> worker(FarPeer far, List<String> workerCommand) {
        return script(far, HANG_UP_WRAPPER, workerCommand);
    }

    /** Each word single-quoted, so the remote shell passes it on unchanged (globs such as -cp dir/* too). */
    static String shellLine(List<String> argv) {
        List<String> quoted = new ArrayList<>();
        for (String word : argv) {
            quoted.add("'" + word.replace("'", "'\\''") + "'");
        }
        return String.join(" ", quoted);
    }
}
