package zmqbench.cli.far;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Debian's OpenSSH server inside the far namespace, with a throwaway host key and user key, and an
 * ssh client configuration whose alias {@code far} logs in with that key. Only listens on the far
 * namespace's veth address.
 */
final class ThrowawaySshd implements AutoCloseable {

    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    /** Debian's sshd refuses to start without its privilege separation directory. */
    private static final Path PRIVSEP_DIR = Path.of("/run/sshd");
    private static final long LISTEN_TIMEOUT_S = 30;

    final Path clientConfig;
    private final Process sshd;

    private ThrowawaySshd(Path clientConfig, Process sshd) {
        this.clientConfig = clientConfig;
        this.sshd = sshd;
    }

    static boolean installed() {
        return Files.isExecutable(SSHD);
    }

    /** Starts sshd in {@code pair}'s far namespace. */
    static ThrowawaySshd start(NetnsPair pair, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(PRIVSEP_DIR);
        pair.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_key").toString());
        pair.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("user_key").toString());
        Files.copy(dir.resolve("user_key.pub"), dir.resolve("authorized_keys"));
        Path serverConfig = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "ListenAddress " + pair.farAddress,
                "Port 22",
                "HostKey " + dir.resolve("host_key"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "PidFile none", ""));
        Path clientConfig = Files.writeString(dir.resolve("ssh_config"), String.join("\n",
                "Host far",
                "  HostName " + pair.farAddress,
                "  User root",
                "  IdentityFile " + dir.resolve("user_key"),
                "  IdentitiesOnly yes",
                "  StrictHostKeyChecking no",
                "  UserKnownHostsFile /dev/null",
                "  LogLevel ERROR", ""));
        Process sshd = new ProcessBuilder("ip", "netns", "exec", pair.far, SSHD.toString(), "-D", "-e", "-f",
                serverConfig.toString()).redirectErrorStream(true).start();
        ThrowawaySshd server = new ThrowawaySshd(clientConfig, sshd);
        server.awaitListening();
        return server;
    }

    /** The --far-exec prefix that logs in to this server from the near namespace. */
    String prefix() {
        return "ssh -F " + clientConfig + " far";
    }

    /** Kills every session's sshd (the children of the listener): their ssh channels hang up. */
    int killSessions() {
        int killed = 0;
        for (ProcessHandle session : sshd.toHandle().children().toList()) {
            killed += session.destroyForcibly() ? 1 : 0;
        }
        return killed;
    }

    /** Whether {@code process} runs under one of this server's sessions. */
    boolean serves(ProcessHandle process) {
        for (ProcessHandle parent = process.parent().orElse(null); parent != null;
                parent = parent.parent().orElse(null)) {
            if (parent.pid() == sshd.pid()) {
                return true;
            }
        }
        return false;
    }

    /** Reads sshd's log to its end (so sshd never blocks on it) and waits for it to listen. */
    private void awaitListening() throws IOException, InterruptedException {
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader log = new BufferedReader(new InputStreamReader(sshd.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = log.readLine(); line != null; line = log.readLine()) {
                    if (line.contains("Server listening")) {
                        listening.complete(true);
                    }
                }
            } catch (IOException e) {
                // sshd is gone
            }
            listening.complete(false);
        }, "sshd-log");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!listening.get(LISTEN_TIMEOUT_S, TimeUnit.SECONDS)) {
                close();
                throw new IOException("sshd exited before it listened");
            }
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IOException("sshd did not listen within " + LISTEN_TIMEOUT_S + " s", e);
        }
    }

    @Override
    public void close() {
        killSessions();
        sshd.destroyForcibly();
        try {
            sshd.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
