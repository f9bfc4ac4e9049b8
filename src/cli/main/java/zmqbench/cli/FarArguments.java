package zmqbench.cli;

import picocli.CommandLine.Option;
import zmqbench.options.CompareOptions;
import zmqbench.options.FarPeer;
import zmqbench.run.Home;

/** Where the far peer of tcp cells runs: compare's --far options (null unless given). */
final class FarArguments {

    @Option(names = "--far", paramLabel = "HOST",
            description = "Run the binding peer (echo, receiver) of every tcp cell on HOST (user@host or an ssh "
                    + "config alias) over ssh; inproc and ipc cells are skipped.")
    String host;

    @Option(names = "--far-exec", paramLabel = "CMD",
            description = "Run it through any command prefix instead: \"ip netns exec NAME\", \"docker exec -i NAME\", "
                    + "\"ssh -p 2222 HOST\" (split at spaces).")
    String exec;

    @Option(names = "--far-bind", paramLabel = "ADDR[:PORT]",
            description = "Where the far peer listens (default: its end of the ssh connection, any free port); "
                    + "a prefix other than ssh needs it.")
    String bind;

    @Option(names = "--far-home", paramLabel = "PATH",
            description = "Where the same zmqbench version is installed on the far host (default: the same path "
                    + "as here).")
    String home;

    void applyTo(CompareOptions.Builder builder) {
        if (host != null && exec != null) {
            throw new IllegalArgumentException("--far and --far-exec: give one of them");
        }
        if (host == null && exec == null) {
            if (bind != null || home != null) {
                throw new IllegalArgumentException("--far-bind and --far-home need --far HOST or --far-exec CMD");
            }
            return;
        }
        String farHome = home != null ? home : Home.fromSystemProperty().root().toString();
        builder.far(host != null ? FarPeer.ssh(host, bind, farHome) : FarPeer.exec(exec, bind, farHome));
    }
}
