package zmqbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zmqbench.results.ResultSet;
import zmqbench.stats.ForkStats;
import zmqbench.stats.LatencyStats;

/** The prose around the tables: what ran where (header), how to read the values (legend). */
final class ReportText {

    /** Environment keys a summary shows first, when present; the rest are in the JSON report. */
    private static final List<String> ENVIRONMENT_SUMMARY = List.of(
            "host", "hostname", "cpu_model", "cpu", "cpu_count", "os", "os_name", "os_version", "kernel",
            "arch", "java_version", "java", "jvm", "libzmq_version", "commit", "git_commit",
            "far_host", "far_cpu_model", "far_cpu_count", "far_kernel", "far_jvm");

    private ReportText() {
    }

    /**
     * Sliced sets start that many pairs per backend (the baseline more) and may add more where they
     * differ; others run rounds.
     */
    private static String forksPer(ResultSet set) {
        if (!sliced(set)) {
            return " per cell";
        }
        int forks = set.options().rounds().forks();
        int baselineForks = set.cells().stream().filter(cell -> cell.backend().equals(set.baseline()))
                .mapToInt(cell -> cell.forks().size()).max().orElse(0);
        int most = set.options().rounds().maxForks();
        return " per backend" + (baselineForks > forks ? " (" + set.baseline() + ": " + baselineForks + ")" : "")
                + (most > forks ? ", more where they differed (up to " + most + ")" : "");
    }

    /** True when a cell of {@code set} was measured in slices (and its options are known). */
    static boolean sliced(ResultSet set) {
        return set.options() != null && set.cells().stream()
                .anyMatch(cell -> cell.forks().stream().anyMatch(fork -> !fork.slices().isEmpty()));
    }

    /** Header paragraphs (not wrapped): what and where, and a warning if the set is incomplete. */
    static List<String> header(ResultGrid grid) {
        ResultSet set = grid.set();
        List<String> lines = new ArrayList<>();
        lines.add("zmqbench " + orDash(set.toolVersion()) + ", " + orDash(set.createdAt()) + ", "
                + set.cells().size() + " cells, " + grid.backends().size() + " backends");
        lines.add("placement: " + orDash(set.placement()) + "; forks: " + grid.forks() + forksPer(set)
                + SummaryTable.rounds(grid) + "; baseline: "
                + (grid.baseline() == null ? "none" : grid.baseline())
                + (set.configHash() == null ? "" : "; config: " + set.configHash()));
        Map<String, String> environment = environmentSummary(set.environment());
        if (!environment.isEmpty()) {
            List<String> entries = new ArrayList<>();
            environment.forEach((key, value) -> entries.add(key + "=" + value));
            lines.add("environment: " + String.join(", ", entries));
        }
        if (!set.complete()) {
            lines.add("INTERRUPTED: this run stopped before it finished; only the cells it measured are shown.");
        }
        if (!set.unfinished().isEmpty()) {
            lines.add("UNFINISHED: " + set.unfinished().size()
                    + " planned cells were not measured (listed at the end).");
        }
        return lines;
    }

    /** The legend paragraphs. */
    static List<String> legend(ResultGrid grid, boolean color) {
        List<String> lines = new ArrayList<>();
        lines.add("Values: median across forks with its " + percent() + " confidence interval (CI) [low, high] (Student t "
                + "for 2-5 forks, order statistics from 6); none with a single fork. '-': not measured. '<= 500' for "
                + "time to steady state: steady at the first check (--window x --steady-windows), no ratio.");
        if (grid.baseline() != null) {
            lines.add("b/" + grid.baseline() + ", vs " + grid.baseline() + ": ratio of b's median to " + grid.baseline() + "'s, with a "
                    + percent() + " interval (t on the logarithms of the per-round ratios; without rounds, Welch t "
                    + "on the forks' logarithms); " + FigureCells.NOT_SIGNIFICANT
                    + " = the interval includes 1: no significant difference."
                    + (color ? " Green: significantly better, red: significantly worse." : ""));
        }
        lines.add("Latency is the round trip (RTT); one way is about RTT/2. MB = 10^6 bytes, MiB = 2^20 bytes. Tail: "
                + "percentiles of every fork's round trips together; p99.99 needs " + LatencyStats.MIN_COUNT_FOR_P9999
                + " of them ('-' below).");
        return lines;
    }

    /** Unfinished cells, one per line, or nothing. */
    static List<String> unfinished(ResultSet set) {
        List<String> lines = new ArrayList<>();
        if (!set.unfinished().isEmpty()) {
            lines.add("Not measured (run interrupted or stopped):");
            for (String cell : set.unfinished()) {
                lines.add("  " + cell);
            }
        }
        return lines;
    }

    static Map<String, String> environmentSummary(Map<String, String> environment) {
        Map<String, String> summary = new LinkedHashMap<>();
        for (String key : ENVIRONMENT_SUMMARY) {
            if (environment.containsKey(key)) {
                summary.put(key, environment.get(key));
            }
        }
        return summary.isEmpty() ? new LinkedHashMap<>(environment) : summary;
    }

    private static String percent() {
        return Math.round(ForkStats.CONFIDENCE * 100) + "%";
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
