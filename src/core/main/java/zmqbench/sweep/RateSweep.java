package zmqbench.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import zmqbench.protocol.Json;

/**
 * A rate sweep's result, as {@code sweep.json} in its directory keeps it: the one open-loop cell
 * swept, the limit, the rates planned and each backend's ladder. Each step's comparison is a
 * result set of its own beside it, in {@link #stepDir}.
 *
 * @param cell the open-loop cell, e.g. {@code open-loop pair tcp 64 B}
 * @param p99LimitNs a step holds while its corrected p99 (median across forks) is at most this
 * @param rates the ladder planned, offered messages per second
 * @param backends each backend's steps, in the order the backends were asked for
 */
public record RateSweep(String cell, long p99LimitNs, List<Long> rates, List<BackendSweep> backends) {

    public static final String FILE = "sweep.json";

    public RateSweep {
        rates = List.copyOf(rates);
        backends = List.copyOf(backends);
    }

    /** The result set of the step at {@code rate}, relative to the sweep's directory. */
    public static String stepDir(long rate) {
        return "rate-" + rate;
    }

    /** True when {@code dir} holds a sweep (rather than a result set). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    public void write(Path dir) {
        try {
            Files.writeString(dir.resolve(FILE), Json.PRETTY.toJson(this) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    public static RateSweep read(Path dir) {
        try {
            return Json.GSON.fromJson(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8), RateSweep.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
