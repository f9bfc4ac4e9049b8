package zmqbench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import zmqbench.options.CompareOptions;
import zmqbench.options.FarPeer;

/**
 * The far host, checked once before anything is measured: reachable through its prefix (ssh
 * connects and logs in without a prompt), running the same zmqbench version at {@code --far-home},
 * and its address and environment known.
 *
 * @param peer the far peer, with its bind address
 * @param environment the far host's environment, keys prefixed {@code far_}
 */
public record FarHost(FarPeer peer, Map<String, String> environment) {

    /** Two JVM starts and an ssh login on a loaded machine; past this the far host counts as hung. */
    private static final long CHECK_TIMEOUT_S = 90;
    private static final int NOT_INSTALLED = 3;
    /** What ssh itself exits with when it cannot connect or log in. */
    private static final int SSH_FAILED = 255;

    /** $1: the far zmqbench home. Prints the version, the ssh connection, the environment. */
    private static final String CHECK_SCRIPT = """
            [ -x "$1/zmqbench" ] || { echo "no zmqbench installed at $1 (see --far-home)" >&2; exit 3; }
            "$1/zmqbench" --version || exit 3
            echo "ssh_connection=$SSH_CONNECTION"
            "$1/zmqbench" environment
            """;

    /** The far host cannot be used: one line for the user, before anything is measured. */
    public static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    /** Checks {@code far} against {@code toolVersion}, the version running here. */
    public static FarHost check(FarPeer far, String toolVersion) throws Unusable, IOException, InterruptedException {
        Path out = Files.createTempFile("zmqbench-far-", ".out");
        Path err = Files.createTempFile("zmqbench-far-", ".err");
        try {
            Process process;
            try {
                process = new ProcessBuilder(FarCommand.script(far, CHECK_SCRIPT, List.of(far.home())))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                throw new Unusable("cannot run '" + far.prefix().get(0) + "': " + e.getMessage());
            }
            process.getOutputStream().close();
            if (!process.waitFor(CHECK_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Unusable("no answer through '" + far.name() + "' in " + CHECK_TIMEOUT_S + " s");
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            String why = lastLine(Files.readAllLines(err, StandardCharsets.UTF_8));
            int status = process.exitValue();
            if (status == SSH_FAILED && far.ssh()) {
                throw new Unusable("ssh cannot connect or log in without a prompt: " + why);
            }
            if (status == NOT_INSTALLED && !why.isEmpty()) {
                throw new Unusable(why);
            }
            if (status != 0 || lines.isEmpty()) {
                throw new Unusable("'" + far.name() + " ... zmqbench' failed (status " + status + ")"
                        + (why.isEmpty() ? "" : ": " + why));
            }
            String version = lines.get(0).strip();
            if (!version.equals("zmqbench " + toolVersion)) {
                throw new Unusable("runs " + version + " at " + far.home() + ", this is zmqbench " + toolVersion
                        + ": install the same version there");
            }
            return new FarHost(bound(far, lines), environment(far, lines));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * {@code here} with each backend that cannot run on the far host marked unavailable, with the
     * far host's reason: its tcp cells would only fail.
     */
    public List<BackendStatus> usable(List<BackendStatus> here) {
        List<BackendStatus> usable = new ArrayList<>();
        for (BackendStatus status : here) {
            String far = environment.getOrDefault("far_backend_" + status.name(), "");
            usable.add(!status.available() || !far.startsWith(EnvironmentProbe.UNAVAILABLE) ? status
                    : new BackendStatus(status.name(), false, null, null, "unavailable on the far host "
                            + peer.name() + ": " + far.substring(EnvironmentProbe.UNAVAILABLE.length())));
        }
        return usable;
    }

    /** Where the peers ran, for the result set: CPU placement, and which peer ran on which host. */
    public static String placement(CompareOptions options) {
        String cpus = options.launch().placement().description();
        FarPeer far = options.network().far();
        return far == null ? cpus : cpus + " on each host; tcp: the binding peer (echo, receiver) on "
                + far.name() + " (" + far.bind() + "), the connecting peer (pinger, sender) here";
    }

    /** The far peer binding at --far-bind, else at the far end of the ssh connection. */
    private static FarPeer bound(FarPeer far, List<String> lines) throws Unusable {
        if (far.bind() != null) {
            return far;
        }
        String[] connection = value(lines, "ssh_connection").split(" ");
        if (connection.length < 4) {
            throw new Unusable("cannot tell the far host's address (no SSH_CONNECTION there): give --far-bind ADDR");
        }
        return far.boundAt(connection[2]);
    }

    private static Map<String, String> environment(FarPeer far, List<String> lines) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("far_host", far.name());
        environment.put("far_prefix", String.join(" ", far.prefix()));
        environment.put("far_home", far.home());
        for (String line : lines.subList(1, lines.size())) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("ssh_connection=")) {
                environment.put("far_" + line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return environment;
    }

    private static String value(List<String> lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return "";
    }

    private static String lastLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "";
    }
}
