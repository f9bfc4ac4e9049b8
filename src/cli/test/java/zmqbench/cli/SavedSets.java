package zmqbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.LatencySummary;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.stats.ForkFigures;

/** Small result sets written to disk for the report and diff commands, with made-up numbers. */
final class SavedSets {

    private SavedSets() {
    }

    /**
     * Two backends, one latency cell each, five forks around {@code rttNs} (jeromq twice as slow),
     * saved in {@code dir} on a machine with {@code cpuCount} CPUs.
     */
    static Path write(Path dir, double rttNs, String cpuCount) {
        return write(dir, rttNs, 2.0, "c", cpuCount);
    }

    /** As {@link #write(Path, double, String)}, jeromq {@code jeromqFactor} times slower than c, ratios to {@code baseline}. */
    static Path write(Path dir, double rttNs, double jeromqFactor, String baseline, String cpuCount) {
        List<CellResult> cells = new ArrayList<>();
        CellKey key = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
        for (String backend : List.of("c", "jeromq")) {
            double backendRtt = backend.equals("c") ? rttNs : jeromqFactor * rttNs;
            List<ForkResult> forks = new ArrayList<>();
            for (int f = 0; f < 5; f++) {
                long p50 = Math.round(backendRtt * (1 + 0.01 * (f - 2)));
                LatencySummary rtt = new LatencySummary(1000, p50 / 2, p50, p50 * 2, p50 * 3, p50 * 4, -1, p50 * 5,
                        p50, p50 / 3.0);
                forks.add(ForkResult.builder(f, "ok").sent(1100).received(1100).measured(1000).elapsedNs(p50 * 1000)
                        .rttNs(rtt).cpuNs(p50 * 2000).peakRssKb(40_000).allocBytes(backend.equals("c") ? -1 : 64_000)
                        .gcCount(0).gcNs(0).build());
            }
            cells.add(CellResult.builder(backend, key, "ok").versions("1.0", "4.3.4").placement("none")
                    .messages(5500, 5500).rtt(forks.get(2).latency().rttNs(), List.of())
                    .figures(ForkFigures.estimates(forks, key.size())).forks(forks).build());
        }
        ResultSet header = new ResultSet("0.1.0", "2026-11-27T10:15:00", Map.of("cpu_count", cpuCount),
                new CompareOptions.Builder().forks(5).precision(0).build(), "1a2b3c4d", "none", baseline, List.of(), List.of());
        ResultStore store = ResultStore.create(dir, header);
        cells.forEach(cell -> store.add(cell, null));
        store.finish(List.of());
        return dir;
    }
}
