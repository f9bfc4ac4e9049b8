package zmqbench.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.protocol.SendRate;
import zmqbench.protocol.TimelineWindow;
import zmqbench.protocol.Warmup;
import zmqbench.results.ForkResult;
import zmqbench.scenario.SteadyRule;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.stats.ForkFigures;
import zmqbench.stats.LatencyStats;

/**
 * Result sets made up for tests, built the way the runner builds real ones (histograms merged,
 * figures estimated from forks), with deterministic fork-to-fork spread.
 */
public final class SyntheticResults {

    public static final List<String> BACKENDS = List.of("c", "jni", "jzmq", "jna", "jeromq");
    public static final List<Transport> TRANSPORTS = List.of(Transport.values());
    public static final List<Integer> SIZES = List.of(64, 1024);
    public static final String JEROMQ_IPC_NOTE = "JeroMQ's ipc is TCP on 127.0.0.1 underneath";
    public static final int FORKS = 5;
    public static final long ROUND_TRIPS = 2000;

    private SyntheticResults() {
    }

    /** Every backend, transport and size, both scenarios; jna's tcp 1024 B latency cell lost 12 messages. */
    public static ResultSet fullSet() {
        return fullSet(1.0, "8");
    }

    /**
     * The same set with every latency multiplied (and throughput divided) by {@code slowdown}, on
     * a machine with {@code cpuCount} CPUs.
     */
    public static ResultSet fullSet(double slowdown, String cpuCount) {
        return fullSet(backend -> slowdown, cpuCount);
    }

    /** The full set with {@code backend} alone slower by {@code slowdown}: a real change, not the machine's. */
    public static ResultSet withSlower(String backend, double slowdown) {
        return fullSet(name -> name.equals(backend) ? slowdown : 1.0, "8");
    }

    private static ResultSet fullSet(ToDoubleFunction<String> slowdownOf, String cpuCount) {
        List<CellResult> cells = new ArrayList<>();
        for (String backend : BACKENDS) {
            double backendFactor = 1.0 + 0.25 * BACKENDS.indexOf(backend);
            double slowdown = slowdownOf.applyAsDouble(backend);
            for (Transport transport : TRANSPORTS) {
                double transportFactor = 1.0 + TRANSPORTS.indexOf(transport);
                for (int size : SIZES) {
                    CellKey latency = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, transport, size, -1);
                    if (backend.equals("jna") && transport == Transport.TCP && size == 1024) {
                        cells.add(failedCell(backend, latency, "lost 12 of 2000 round trips (timeout after 5000 ms)"));
                    } else {
                        cells.add(latencyCell(backend, latency, 20_000 * backendFactor * transportFactor * slowdown));
                    }
                    CellKey throughput = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, transport, size, -1);
                    cells.add(throughputCell(backend, throughput, 2e6 / backendFactor / transportFactor / slowdown));
                }
            }
        }
        return new ResultSet("0.1.0", "2026-11-27T10:15:00", environment(cpuCount), options().build(), "1a2b3c4d",
                "peers on cpus 2,3", "c", cells, List.of());
    }

    public static Map<String, String> environment(String cpuCount) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("cpu_model", "Synthetic CPU @ 3.0GHz");
        environment.put("cpu_count", cpuCount);
        environment.put("os", "Linux");
        environment.put("kernel", "6.1.0");
        environment.put("jvm", "OpenJDK 17.0.15");
        return environment;
    }

    /** The options the synthetic sets were "run" with (a fixed number of forks), to change one of them. */
    public static CompareOptions.Builder options() {
        return new CompareOptions.Builder().backends(BACKENDS).forks(FORKS).precision(0).latencyCount(ROUND_TRIPS)
                .throughputCount(100_000L).seed(42);
    }

    /** {@code set} as if run with {@code options}. */
    public static ResultSet withOptions(ResultSet set, CompareOptions options) {
        return new ResultSet(set.toolVersion(), set.createdAt(), set.environment(), options, set.configHash(),
                set.placement(), set.baseline(), set.cells(), set.unfinished(), set.complete(), set.runLog());
    }

    /** {@code set} as if run with {@code baseline} (null: none). */
    public static ResultSet withBaseline(ResultSet set, String baseline) {
        return new ResultSet(set.toolVersion(), set.createdAt(), set.environment(), set.options(), set.configHash(),
                set.placement(), baseline, set.cells(), set.unfinished(), set.complete(), set.runLog());
    }

    /** A latency cell whose forks' round trips center on {@code rttNs}, each fork a little apart. */
    public static CellResult latencyCell(String backend, CellKey key, double rttNs) {
        Histogram merged = new Histogram(10_000_000_000L, 3);
        List<ForkResult> forks = new ArrayList<>();
        for (int f = 0; f < FORKS; f++) {
            Histogram fork = new Histogram(10_000_000_000L, 3);
            double forkFactor = 1.0 + 0.01 * (f - 2) + 0.003 * (f % 2);
            for (int i = 0; i < ROUND_TRIPS; i++) {
                // A spread of 0.5x..2x around the center, and a tail in the last 1%.
                double position = (double) i / ROUND_TRIPS;
                double value = rttNs * forkFactor * (0.5 + 1.5 * position) * (position > 0.99 ? 5 : 1);
                fork.recordValue(Math.round(value));
            }
            merged.add(fork);
            forks.add(fork(backend, f, 40_000).sent(ROUND_TRIPS + 100).received(ROUND_TRIPS + 100)
                    .measured(ROUND_TRIPS).elapsedNs(Math.round(fork.getMean() * ROUND_TRIPS)).enqueueNs(0)
                    .rttNs(LatencyStats.summarize(fork)).cpuNs(Math.round(2 * rttNs * ROUND_TRIPS * forkFactor))
                    .gcCount(0).gcNs(0).jitNs(jitNs(backend, f)).jitMeasuredNs(jitMeasuredNs(backend))
                    .warmup(warmup(backend, f, rttNs * forkFactor, true)).build());
        }
        return cell(backend, key, ROUND_TRIPS + 100).rtt(LatencyStats.summarize(merged), LatencyStats.curve(merged))
                .figures(ForkFigures.estimates(forks, key.size())).forks(forks).notes(notes(backend, key)).build();
    }

    /**
     * An open-loop cell: uncorrected round trips center on {@code rttNs}; corrected ones are the
     * same plus a stall that delays the last 5% of each fork's messages by 100 times that. The
     * pinger achieved {@code achievedFraction} of {@code targetRate}.
     */
    public static CellResult openLoopCell(String backend, CellKey key, double rttNs, long targetRate,
                                          double achievedFraction, List<String> notes) {
        Histogram merged = new Histogram(10_000_000_000L, 3);
        Histogram mergedUncorrected = new Histogram(10_000_000_000L, 3);
        List<ForkResult> forks = new ArrayList<>();
        for (int f = 0; f < FORKS; f++) {
            Histogram fork = new Histogram(10_000_000_000L, 3);
            Histogram forkUncorrected = new Histogram(10_000_000_000L, 3);
            double forkFactor = 1.0 + 0.01 * (f - 2) + 0.003 * (f % 2);
            for (int i = 0; i < ROUND_TRIPS; i++) {
                double position = (double) i / ROUND_TRIPS;
                long value = Math.round(rttNs * forkFactor * (0.5 + 1.5 * position));
                forkUncorrected.recordValue(value);
                fork.recordValue(position > 0.95 ? value + Math.round(100 * rttNs) : value);
            }
            merged.add(fork);
            mergedUncorrected.add(forkUncorrected);
            forks.add(fork(backend, f, 40_000).sent(ROUND_TRIPS + 100).received(ROUND_TRIPS + 100)
                    .measured(ROUND_TRIPS).elapsedNs(Math.round(ROUND_TRIPS * 1e9 / targetRate)).enqueueNs(0)
                    .rttNs(LatencyStats.summarize(fork)).rttUncorrectedNs(LatencyStats.summarize(forkUncorrected))
                    .cpuNs(Math.round(2 * rttNs * ROUND_TRIPS * forkFactor)).gcCount(0).gcNs(0)
                    .rate(SendRate.of(targetRate, targetRate * achievedFraction * forkFactor)).build());
        }
        return cell(backend, key, ROUND_TRIPS + 100).rtt(LatencyStats.summarize(merged), LatencyStats.curve(merged))
                .rttUncorrected(LatencyStats.summarize(mergedUncorrected), LatencyStats.curve(mergedUncorrected))
                .figures(ForkFigures.estimates(forks, key.size())).forks(forks).notes(notes).build();
    }

    /** A throughput cell whose forks deliver about {@code msgsPerSec}. */
    public static CellResult throughputCell(String backend, CellKey key, double msgsPerSec) {
        List<ForkResult> forks = new ArrayList<>();
        long messages = 100_000;
        for (int f = 0; f < FORKS; f++) {
            double forkFactor = 1.0 + 0.01 * (f - 2) + 0.003 * (f % 2);
            long elapsedNs = Math.round(messages * 1e9 / (msgsPerSec * forkFactor));
            forks.add(fork(backend, f, 50_000).sent(messages + 1000).received(messages + 1000).measured(messages)
                    .elapsedNs(elapsedNs).enqueueNs(elapsedNs / 2).cpuNs(elapsedNs).gcCount(1).gcNs(1_000_000)
                    .jitNs(jitNs(backend, f)).jitMeasuredNs(jitMeasuredNs(backend))
                    .warmup(warmup(backend, f, msgsPerSec * forkFactor, false)).build());
        }
        return cell(backend, key, messages + 1000).figures(ForkFigures.estimates(forks, key.size())).forks(forks)
                .notes(notes(backend, key)).build();
    }

    /**
     * A timeline of 100 ms windows: a warm-up that climbs (throughput) or falls (latency) to
     * {@code value} in more windows the slower the backend starts (c: 5, jeromq: 25), then ten
     * measured windows within ±2% of it.
     */
    public static Warmup warmup(String backend, int fork, double value, boolean latency) {
        int warmupWindows = 5 + 5 * Math.max(0, BACKENDS.indexOf(backend)) + fork;
        List<TimelineWindow> timeline = new ArrayList<>();
        long windowNs = 100_000_000;
        for (int w = 0; w < warmupWindows; w++) {
            double progress = (w + 1.0) / warmupWindows;
            double start = latency ? 3 * value : 0.3 * value;
            timeline.add(new TimelineWindow((w + 1) * windowNs, 1000, start + (value - start) * progress, false));
        }
        for (int w = 0; w < 10; w++) {
            timeline.add(new TimelineWindow((warmupWindows + w + 1) * windowNs, 1000,
                    value * (1 + 0.02 * ((w % 3) - 1)), true));
        }
        return new Warmup(SteadyRule.STEADY, warmupWindows * windowNs, 1000L * warmupWindows, windowNs, timeline);
    }

    /** {@code cell} with {@code forks} (by number) measured before they were steady, and the cell's note saying so. */
    public static CellResult withNotSteady(CellResult cell, int... forks) {
        List<ForkResult> changed = new ArrayList<>();
        for (ForkResult fork : cell.forks()) {
            boolean flag = java.util.Arrays.stream(forks).anyMatch(n -> n == fork.fork());
            Warmup w = fork.warmup();
            changed.add(flag ? fork.withWarmup(new Warmup(SteadyRule.NOT_STEADY, w.durationNs(), w.messages(),
                    w.windowNs(), w.timeline())) : fork);
        }
        List<String> notes = new ArrayList<>(cell.notes());
        notes.add(CellResult.notSteadyNote(changed));
        return cell.toBuilder().figures(ForkFigures.estimates(changed, cell.key().size())).forks(changed).notes(notes)
                .build();
    }

    public static CellResult failedCell(String backend, CellKey key, String status) {
        List<ForkResult> forks = List.of(ForkResult.builder(0, status).sent(2100).received(2088).build());
        return CellResult.builder(backend, key, status).versions(backend + "-1.0", "4.3.4")
                .placement("peers on cpus 2,3").messages(2100, 2088).forks(forks).build();
    }

    /** An ok cell of {@code backend} whose peers sent and received {@code messages} each. */
    private static CellResult.Builder cell(String backend, CellKey key, long messages) {
        return CellResult.builder(backend, key, "ok").versions(backend + "-1.0", "4.3.4")
                .placement("peers on cpus 2,3").messages(messages, messages);
    }

    /** An ok fork of {@code backend} with its peak resident set above {@code rssKb}, and heap bytes but for c. */
    private static ForkResult.Builder fork(String backend, int fork, long rssKb) {
        return ForkResult.builder(fork, "ok").peakRssKb(rssKb + fork)
                .allocBytes(backend.equals("c") ? -1 : 1000 + 10L * fork);
    }

    /** JIT time: none for c, about 0.2 s for the others. */
    private static long jitNs(String backend, int fork) {
        return backend.equals("c") ? -1 : 200_000_000L + 10_000_000L * fork;
    }

    private static long jitMeasuredNs(String backend) {
        return backend.equals("c") ? -1 : 1_000_000;
    }

    private static List<String> notes(String backend, CellKey key) {
        return backend.equals("jeromq") && key.transport() == Transport.IPC ? List.of(JEROMQ_IPC_NOTE) : List.of();
    }
}
