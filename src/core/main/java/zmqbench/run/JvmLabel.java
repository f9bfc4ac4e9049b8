package zmqbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Names a variant's JVM arguments for a column: {@code zgc}, {@code epsilon}, or the arguments. */
final class JvmLabel {

    private static final Map<String, String> COLLECTORS = Map.of(
            "-XX:+UseG1GC", "g1",
            "-XX:+UseZGC", "zgc",
            "-XX:+UseParallelGC", "parallel",
            "-XX:+UseSerialGC", "serial",
            "-XX:+UseShenandoahGC", "shenandoah",
            "-XX:+UseEpsilonGC", "epsilon");
    /** Arguments that only make a collector usable (unlock, heap size): left out of the label. */
    private static final List<String> ENABLING = List.of("-XX:+UnlockExperimentalVMOptions", "-Xms", "-Xmx");

    private JvmLabel() {
    }

    static String of(List<String> args) {
        List<String> parts = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            String collector = COLLECTORS.get(arg);
            if (collector != null) {
                parts.add(collector);
            } else if (ENABLING.stream().noneMatch(arg::startsWith)) {
                rest.add(arg);
            }
        }
        if (parts.isEmpty()) {
            return String.join(" ", args); // no collector named: the arguments say it all
        }
        parts.addAll(rest);
        return String.join(" ", parts);
    }
}
