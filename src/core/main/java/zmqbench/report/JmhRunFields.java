package zmqbench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import zmqbench.options.CompareOptions;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.scenario.Phase;
import zmqbench.scenario.ScenarioKind;

/**
 * The fields of a JMH result entry before its metrics: what ran, on which JVM, and how its forks
 * warmed up and measured, in JMH's terms. A phase of N messages is JMH's single shot of batch size
 * N; a timed one is one iteration of that time; an auto warm-up is one iteration of at most its
 * cap; a sliced cell measures one iteration per slice. The set does not record each worker's JVM
 * unless JVM variants ran, so {@code jvm} names the variant's JVM or is empty, and
 * {@code jdkVersion}, {@code vmName} and {@code vmVersion} are empty.
 */
final class JmhRunFields {

    /** JMH's {@code TimeValue} for a phase that counts operations instead of time. */
    private static final String SINGLE_SHOT = "single-shot";

    private JmhRunFields() {
    }

    /**
     * e.g. {@code zmqbench.latency_req_rep_tcp.jeromq}: one class per scenario, pattern and
     * transport, a method per backend. jmh-visualizer titles a chart by the class's last name part
     * alone, so that part holds all three (a class {@code zmqbench.latency.req_rep.tcp} would show
     * every latency, open-loop and throughput chart of a transport as "tcp").
     */
    static String benchmark(CellResult cell) {
        CellKey key = cell.key();
        return "zmqbench." + identifier(key.scenario().cliName() + "_" + key.pattern().cliName() + "_"
                + key.transport().cliName()) + "." + identifier(cell.backend());
    }

    /** Fills {@code entry} from {@code jmhVersion} to {@code params}, in JMH's order. */
    static void fill(JsonObject entry, ResultSet set, CellResult cell, String mode, int forks) {
        CompareOptions options = set.options();
        boolean java = !cell.backend().equals("c");
        entry.addProperty("jmhVersion", "zmqbench " + set.toolVersion());
        entry.addProperty("benchmark", benchmark(cell));
        entry.addProperty("mode", mode);
        entry.addProperty("threads", 1);
        entry.addProperty("forks", forks);
        entry.addProperty("jvm", java ? set.environment().getOrDefault("jvm_" + cell.backend(), "") : "");
        JsonArray jvmArgs = new JsonArray();
        // The flags the workers ran with, as the environment recorded them; older sets: the options.
        String flags = set.environment().get("jvm_flags_worker");
        if (java && flags != null) {
            Arrays.stream(flags.strip().split("\\s+")).filter(f -> !f.isEmpty()).forEach(jvmArgs::add);
        } else if (java && options != null) {
            options.launch().jvmOptions().forEach(jvmArgs::add);
        }
        entry.add("jvmArgs", jvmArgs);
        entry.addProperty("jdkVersion", "");
        entry.addProperty("vmName", "");
        entry.addProperty("vmVersion", "");
        ScenarioKind scenario = cell.key().scenario();
        Phase warmup = options == null ? null : options.counts().warmup(scenario) != null
                ? Phase.count(options.counts().warmup(scenario)) : options.phases().warmup();
        phase(entry, "warmup", warmup, 1);
        int slices = slicesPerFork(cell);
        if (slices > 0) {
            Phase slice = options == null ? null : Phase.millis(options.rounds().sliceMs(scenario));
            phase(entry, "measurement", slice, slices);
        } else {
            phase(entry, "measurement", options == null ? null : options.counts().measured(scenario) != null
                    ? Phase.count(options.counts().measured(scenario)) : options.phases().measure(), 1);
        }
        JsonObject params = new JsonObject();
        params.addProperty("size", Integer.toString(cell.key().size()));
        params.addProperty("hwm", cell.key().hwm() >= 0 ? Integer.toString(cell.key().hwm()) : "default");
        if (scenario == ScenarioKind.OPEN_LOOP && options != null) {
            params.addProperty("rate", Long.toString(options.load().rate()));
        }
        entry.add("params", params);
    }

    private static void phase(JsonObject entry, String name, Phase phase, int iterations) {
        String time;
        long batch = 1;
        if (phase == null) {
            time = "unknown";
            iterations = 0;
        } else if (phase.kind() == Phase.Kind.COUNT) {
            time = SINGLE_SHOT;
            batch = phase.amount();
        } else {
            time = phase.amount() + " ms";
        }
        entry.addProperty(name + "Iterations", iterations);
        entry.addProperty(name + "Time", time);
        entry.addProperty(name + "BatchSize", batch);
    }

    /** The most accepted slices a fork of the cell ran; 0 when it was not sliced. */
    private static int slicesPerFork(CellResult cell) {
        int most = 0;
        for (ForkResult fork : cell.forks()) {
            most = Math.max(most, (int) fork.slices().stream().filter(s -> !s.disturbed()).count());
        }
        return most;
    }

    /** A name part as a Java identifier, so that tools splitting on dots find class and method. */
    private static String identifier(String name) {
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
