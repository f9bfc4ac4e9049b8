package zmqbench.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zmqbench.protocol.ConnectTimeouts;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;

/**
 * What kind of failure a fork's status names. Peers that never completed a ZMTP handshake (the
 * workers' "never connected") are counted apart from lost messages and from crashed or hung
 * workers: they say something about a backend's connection set-up, not about its delivery.
 */
public enum ForkFailure {
    NEVER_CONNECTED("never connected"),
    LOST_MESSAGES("lost messages"),
    WORKER("crashed, hung or failed otherwise");

    private final String description;

    ForkFailure(String description) {
        this.description = description;
    }

    /** The kind of a failed fork's status; null for {@code ok}. */
    public static ForkFailure of(String status) {
        if (status == null || status.equals("ok")) {
            return null;
        }
        if (status.contains(ConnectTimeouts.NEVER_CONNECTED)) {
            return NEVER_CONNECTED;
        }
        return status.startsWith("lost ") ? LOST_MESSAGES : WORKER;
    }

    /**
     * One line per backend with failed forks, e.g. {@code jeromq: 3 of 220 forks failed (never
     * connected 3)}; empty when every fork was ok.
     */
    public static List<String> summary(List<CellResult> cells) {
        Map<String, int[]> forksByBackend = new TreeMap<>();
        Map<String, Map<ForkFailure, Integer>> failuresByBackend = new TreeMap<>();
        for (CellResult cell : cells) {
            for (ForkResult fork : cell.forks()) {
                forksByBackend.computeIfAbsent(cell.backend(), b -> new int[1])[0]++;
                ForkFailure kind = of(fork.status());
                if (kind != null) {
                    failuresByBackend.computeIfAbsent(cell.backend(), b -> new EnumMap<>(ForkFailure.class))
                            .merge(kind, 1, Integer::sum);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        failuresByBackend.forEach((backend, counts) -> {
            List<String> kinds = new ArrayList<>();
            counts.forEach((kind, count) -> kinds.add(kind.description + " " + count));
            int failed = counts.values().stream().mapToInt(Integer::intValue).sum();
            lines.add(backend + ": " + failed + " of " + forksByBackend.get(backend)[0] + " forks failed ("
                    + String.join(", ", kinds) + ")");
        });
        return lines;
    }
}
