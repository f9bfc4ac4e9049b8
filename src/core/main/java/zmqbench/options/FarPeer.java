package zmqbench.options;

import java.util.ArrayList;
import java.util.List;
import zmqbench.scenario.Transport;

/**
 * Where the far peer of every two-process tcp cell runs: on another host (or namespace, or
 * container), started through a command prefix that runs a process there, as {@code taskset}
 * runs one on a CPU. The far peer is always the binding one (echo, receiver), so the samples file
 * the pinger writes stays here and the receiver's record comes back over the prefix's stdout.
 *
 * @param prefix the command prefix, word by word, e.g. {@code ssh -T -o BatchMode=yes ... HOST}
 * @param name how results name the far host: HOST for {@code --far}, the prefix as given otherwise
 * @param bind HOST:PORT the far peer binds (PORT may be *); null until the far end of the ssh
 *     connection is known
 * @param home the directory zmqbench is installed in on the far host
 */
public record FarPeer(List<String> prefix, String name, String bind, String home) {

    /**
     * Never a password prompt (refused instead), a bounded connect, and a dead link noticed in
     * about 15 s; no pseudo-terminal, which would mangle the JSON lines.
     */
    static final List<String> SSH_OPTIONS = List.of("-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10",
            "-o", "ServerAliveInterval=5", "-o", "ServerAliveCountMax=3");

    public FarPeer {
        prefix = List.copyOf(prefix);
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("--far-exec: the command prefix is empty");
        }
        if (bind != null) {
            TcpAddress.validate("--far-bind", bind);
        }
    }

    /** {@code --far HOST}: shorthand for {@code --far-exec "ssh HOST"}. */
    public static FarPeer ssh(String host, String bind, String home) {
        if (host.isBlank() || host.startsWith("-") || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("--far: expected HOST, user@host or an ssh config alias, got '"
                    + host + "'");
        }
        return exec("ssh " + host, bind, home).named(host);
    }

    /**
     * {@code --far-exec "CMD"}: any prefix, split at spaces. An ssh prefix gets {@link #SSH_OPTIONS}
     * and finds the far address itself; any other needs {@code --far-bind}.
     */
    public static FarPeer exec(String command, String bind, String home) {
        List<String> words = new ArrayList<>(List.of(command.strip().split("\\s+")));
        if (words.get(0).isEmpty()) {
            throw new IllegalArgumentException("--far-exec: expected a command prefix such as 'ip netns exec NAME'");
        }
        FarPeer peer = new FarPeer(words, command.strip(), bind == null ? null : withPort(bind), home);
        if (peer.ssh()) {
            words.addAll(1, SSH_OPTIONS);
            return new FarPeer(words, peer.name, peer.bind, home);
        }
        if (bind == null) {
            throw new IllegalArgumentException("--far-exec '" + command.strip() + "': give --far-bind ADDR, the far "
                    + "peer's address as this host reaches it (only an ssh prefix finds it itself)");
        }
        return peer;
    }

    /** An ssh prefix runs one shell command line on the far host, not an argument vector. */
    public boolean ssh() {
        String program = prefix.get(0);
        return program.equals("ssh") || program.endsWith("/ssh");
    }

    /** Why a cell of {@code transport} cannot have a far peer, or null (tcp). */
    public static String refusal(Transport transport) {
        return switch (transport) {
            case INPROC -> "inproc with a far peer: inproc cannot leave its process";
            case IPC -> "ipc with a far peer: an ipc endpoint is a Unix socket on one host";
            case TCP -> null;
        };
    }

    /** This peer binding at {@code address} (HOST:PORT or HOST). */
    public FarPeer boundAt(String address) {
        return new FarPeer(prefix, name, withPort(address), home);
    }

    private FarPeer named(String newName) {
        return new FarPeer(prefix, newName, bind, home);
    }

    /** ADDR alone means any free port. */
    private static String withPort(String address) {
        return address.contains(":") ? address : address + ":*";
    }
}
