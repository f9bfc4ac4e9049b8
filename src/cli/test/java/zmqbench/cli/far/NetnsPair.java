package zmqbench.cli.far;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Two hosts on one machine: network namespaces {@code near} and {@code far} joined by a veth pair
 * with addresses in 10.213.N.0/30, made by the test and removed by {@link #close}.
 */
final class NetnsPair implements AutoCloseable {

    private static final long COMMAND_TIMEOUT_S = 30;

    final String near;
    final String far;
    final String nearDevice;
    final String farDevice;
    final String nearAddress;
    final String farAddress;

    private NetnsPair(int id) {
        near = "zbnear" + id;
        far = "zbfar" + id;
        nearDevice = "zbn" + id;
        farDevice = "zbf" + id;
        nearAddress = "10.213." + (id % 256) + ".1";
        farAddress = "10.213." + (id % 256) + ".2";
    }

    /** A fresh pair, or why it cannot be made here (no root, no iproute2, no namespaces). */
    static NetnsPair create() throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IOException("network namespaces need root (CI runs as root)");
        }
        NetnsPair pair = new NetnsPair(ThreadLocalRandom.current().nextInt(10_000));
        try {
            pair.run("ip", "netns", "add", pair.near);
            pair.run("ip", "netns", "add", pair.far);
            pair.run("ip", "link", "add", pair.nearDevice, "netns", pair.near, "type", "veth", "peer", "name",
                    pair.farDevice, "netns", pair.far);
            pair.run("ip", "-n", pair.near, "addr", "add", pair.nearAddress + "/30", "dev", pair.nearDevice);
            pair.run("ip", "-n", pair.far, "addr", "add", pair.farAddress + "/30", "dev", pair.farDevice);
            for (String[] device : new String[][] {{pair.near, pair.nearDevice}, {pair.far, pair.farDevice},
                {pair.near, "lo"}, {pair.far, "lo"}}) {
                pair.run("ip", "-n", device[0], "link", "set", device[1], "up");
            }
        } catch (IOException | RuntimeException e) {
            pair.close();
            throw new IOException(e.getMessage(), e);
        }
        return pair;
    }

    /** {@code command} inside the near namespace. */
    List<String> inNear(String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", near));
        full.addAll(List.of(command));
        return full;
    }

    /** Runs a short command to its end; its output, or an exception with it. */
    String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            process.getOutputStream().close();
            boolean ended = process.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + ": " + (ended ? "status " + process.exitValue()
                        : "no end in " + COMMAND_TIMEOUT_S + " s") + ": " + output.strip());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Removes both namespaces (and with them the veth pair and any qdisc on it). */
    @Override
    public void close() {
        for (String namespace : List.of(near, far)) {
            try {
                run("ip", "netns", "del", namespace);
            } catch (IOException e) {
                // never made, or already gone
            }
        }
    }
}
