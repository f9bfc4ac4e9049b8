package zmqbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.results.LatencySummary;
import zmqbench.results.PercentilePoint;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Pacing;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/** Synthetic result sets for the HTML report's tests. */
final class HtmlReportFixtures {

    static final String FAILED_STATUS = "lost 3 of 1000 messages <boom> & \"more\"";
    static final String IPC_NOTE = "JeroMQ's ipc is TCP on 127.0.0.1 <not a Unix socket>";
    static final String TIMEOUT_NOTE = "the receiver gave up after 30 s & 3 retries";
    static final String NETWORK_TEXT = "https://example.org/zmqbench.git";

    /**
     * The summary's forest plot (2 panels) + size sweeps (latency RTT p50, throughput msg/s and MB/s:
     * 3) + latency charts (2) + throughput bars (1) + CPU charts for both scenarios (2).
     */
    static final int EXPECTED_CHARTS = 10;
    /**
     * Sweeps: c's latency (jeromq's 1 KiB failed), two msg/s and two MB/s lines; latency curves: c
     * and jeromq at 64 B, c alone at 1 KiB.
     */
    static final int EXPECTED_LINES = 8;

    private HtmlReportFixtures() {
    }

    /**
     * Two backends (c as baseline, jeromq); latency and throughput cells over pair/tcp at 64 B and
     * 1 KiB; jeromq's 1 KiB latency cell failed.
     */
    static ResultSet twoBackends() {
        List<CellResult> cells = new ArrayList<>();
        CellKey lat64 = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
        CellKey lat1k = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 1024, -1);
        CellKey thr64 = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, 1000);
        CellKey thr1k = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 1024, 1000);

        // rtt p50 of jeromq within c's interval: the ratio straddles 1 (marked ~).
        cells.add(latency("c", lat64, 50_000, 1_000, 11));
        cells.add(latency("jeromq", lat64, 50_500, 1_000, 12));
        cells.add(latency("c", lat1k, 58_000, 1_500, 13));
        cells.add(failed("jeromq", lat1k));
        // jeromq has half c's throughput: significantly worse.
        cells.add(throughput("c", thr64, 1_000_000, 180, List.of()));
        cells.add(throughput("jeromq", thr64, 500_000, 420, List.of(IPC_NOTE)));
        cells.add(throughput("c", thr1k, 400_000, 260, List.of()));
        cells.add(throughput("jeromq", thr1k, 300_000, 610, List.of(IPC_NOTE)));

        Map<String, String> env = new LinkedHashMap<>();
        env.put("os", "Linux 6.1 <x86_64> & \"friends\"");
        env.put("cpus", "2");
        env.put("jvm", "OpenJDK 17.0.15");
        env.put("git.remote", NETWORK_TEXT);
        CompareOptions options = new CompareOptions.Builder().forks(5).backends(List.of("c", "jeromq")).build();
        return new ResultSet("0.1.0", "2025-11-27T21:00:00Z", env, options, "cafe1234", "pinned cpu0/cpu1",
                "c", cells, List.of("latency pair ipc 64 B"));
    }

    /**
     * Like a default run (pair over tcp at 64 B, latency and throughput) of all seven backends
     * against c: some the same within the margin, jeromq's round trip 21% lower, jna's msg/s 40%
     * lower.
     */
    static ResultSet defaultRun() {
        CellKey latency = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);
        CellKey throughput = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
        Map<String, double[]> factors = new LinkedHashMap<>();
        factors.put("c", new double[] {1, 1});
        factors.put("jni", new double[] {1.01, 1.03});
        factors.put("jzmq", new double[] {1.02, 1.03});
        factors.put("ffm", new double[] {1.01, 1.02});
        factors.put("ffm-critical", new double[] {0.99, 1.05});
        factors.put("jna", new double[] {1.03, 0.60});
        factors.put("jeromq", new double[] {0.79, 0.93});
        List<CellResult> cells = new ArrayList<>();
        factors.forEach((backend, f) -> {
            cells.add(SyntheticResults.latencyCell(backend, latency, 77_000 * f[0]));
            cells.add(SyntheticResults.throughputCell(backend, throughput, 3.68e6 * f[1]));
        });
        CompareOptions options = SyntheticResults.options().backends(List.copyOf(factors.keySet())).precision(0.05)
                .build();
        return new ResultSet("0.1.0", "2026-12-02T09:56:45Z", SyntheticResults.environment("2"), options, "1fded267",
                "unpinned", "c", cells, List.of());
    }

    /** Sparse over pair/tcp at 64 B after three quiet gaps, c and jeromq; a longer gap, a longer round trip. */
    static ResultSet sparseGaps() {
        List<CellResult> cells = new ArrayList<>();
        for (long gapNs : new long[] {100_000, 1_000_000, 10_000_000}) {
            CellKey key = new CellKey(ScenarioKind.SPARSE, Pattern.PAIR, Transport.TCP, 64, -1, Pacing.gap(gapNs));
            double rttNs = 40_000 + gapNs / 100.0;
            cells.add(SyntheticResults.latencyCell("c", key, rttNs));
            cells.add(SyntheticResults.latencyCell("jeromq", key, 2 * rttNs));
        }
        CompareOptions options = SyntheticResults.options().backends(List.of("c", "jeromq"))
                .scenarios(List.of(ScenarioKind.SPARSE)).build();
        return new ResultSet("0.1.0", "2026-12-02T14:00:00Z", SyntheticResults.environment("2"), options, "5ca75e00",
                "unpinned", "c", cells, List.of());
    }

    /** Throughput at a single size only, no latency cells, no baseline. */
    static ResultSet singleSizeThroughput() {
        CellKey key = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PUSH_PULL, Transport.INPROC, 256, -1);
        List<CellResult> cells = List.of(
                throughput("c", key, 2_000_000, 150, List.of()),
                throughput("jna", key, 1_600_000, 190, List.of()),
                throughput("jeromq", key, 900_000, 400, List.of()));
        return new ResultSet("0.1.0", "2025-11-27T21:00:00Z", Map.of("os", "Linux"), null, "beef",
                "unpinned", null, cells, List.of());
    }

    static ResultSet empty() {
        return new ResultSet("0.1.0", "2025-11-27T21:00:00Z", Map.of(), null, "0", "unpinned", "c",
                List.of(), List.of());
    }

    static Estimate estimate(double median, double halfWidth) {
        return new Estimate(median, median - halfWidth, median + halfWidth, 5);
    }

    private static CellResult latency(String backend, CellKey key, long p50Ns, long halfWidthNs, long seed) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        Random random = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            // A log-normal body around p50 with a rare slow tail, like a real ping-pong.
            double v = p50Ns * Math.exp(0.15 * random.nextGaussian());
            if (random.nextInt(1000) == 0) {
                v *= 4 + 6 * random.nextDouble();
            }
            h.recordValue((long) v);
        }
        List<PercentilePoint> curve = new ArrayList<>();
        for (HistogramIterationValue v : h.percentiles(5)) {
            curve.add(new PercentilePoint(v.getPercentileLevelIteratedTo(), v.getValueIteratedTo()));
        }
        LatencySummary summary = new LatencySummary(h.getTotalCount(), h.getMinValue(),
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getValueAtPercentile(99.99), h.getMaxValue(), h.getMean(),
                h.getStdDeviation());
        Map<String, Estimate> figures = new LinkedHashMap<>();
        figures.put(Figure.RTT_P50.key(), estimate(p50Ns, halfWidthNs));
        figures.put(Figure.RTT_P99.key(), estimate(h.getValueAtPercentile(99), 3 * halfWidthNs));
        figures.put(Figure.CPU_NS_PER_MSG.key(), estimate(p50Ns * 0.8, halfWidthNs));
        return CellResult.builder(backend, key, "ok").versions(backend + "-1.0", "4.3.4").placement("pinned")
                .messages(200_000, 200_000).rtt(summary, curve).figures(figures).build();
    }

    private static CellResult throughput(String backend, CellKey key, double msgsPerSec, double cpuNs,
                                         List<String> notes) {
        Map<String, Estimate> figures = new LinkedHashMap<>();
        figures.put(Figure.MSGS_PER_SEC.key(), estimate(msgsPerSec, msgsPerSec * 0.04));
        figures.put(Figure.MB_PER_SEC.key(), estimate(msgsPerSec * key.size() / 1e6, msgsPerSec * key.size() / 25e6));
        figures.put(Figure.CPU_NS_PER_MSG.key(), estimate(cpuNs, cpuNs * 0.05));
        figures.put(Figure.WINDOW_CV_PERCENT.key(), estimate(cpuNs / 100, 0.5));
        return CellResult.builder(backend, key, "ok").versions(backend + "-1.0", "4.3.4").placement("pinned")
                .messages(1_000_000, 1_000_000).figures(figures).notes(notes).build();
    }

    private static CellResult failed(String backend, CellKey key) {
        return CellResult.builder(backend, key, FAILED_STATUS).versions(backend + "-1.0", "4.3.4").placement("pinned")
                .messages(1000, 997).notes(List.of(TIMEOUT_NOTE)).build();
    }
}
