package zmqbench.diff;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import zmqbench.options.OptionsRecord;
import zmqbench.results.ResultSet;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenarios.ScenarioType;

/**
 * Whether two result sets were measured alike, so that their cells can be compared: the same
 * number of CPUs, the same placement of peers on them, and the same options wherever an option
 * changes what a cell measures (message counts, warm-up, JVM options, ...).
 */
public final class Compatibility {

    /** Environment key of the machine's CPU count. */
    public static final String CPU_COUNT = "cpu_count";

    /**
     * Options that only choose which cells run, how many forks (also the convergence loop's precision
     * and budgets), which columns (JVM variants, library releases), how ratios are judged (margin), or
     * where and how results are written; they may differ. Compared without case, '_' or '-'. Placement is compared on its own.
     */
    public static final Set<String> OPTIONS_NOT_AFFECTING_CELLS = Set.of(
            "backends", "scenarios", "patterns", "transports", "sizes", "hwms", "forks", "baseline", "seed",
            "out", "output", "format", "quiet", "color", "nocolor", "timeoutms", "placement", "precision",
            "maxforks", "timebudgetseconds", "jvms", "jvmargs", "releases", "margin");

    private static final int MAX_VALUE_CHARS = 40;

    private Compatibility() {
    }

    /** What differs in a way that matters, one short phrase each; empty when the sets compare. */
    public static List<String> differences(ResultSet a, ResultSet b) {
        List<String> differences = new ArrayList<>();
        String cpusA = a.environment().get(CPU_COUNT);
        String cpusB = b.environment().get(CPU_COUNT);
        if (!Objects.equals(cpusA, cpusB)) {
            differences.add(CPU_COUNT + " " + cpusA + " vs " + cpusB);
        }
        if (!Objects.equals(a.placement(), b.placement())) {
            differences.add("placement " + a.placement() + " vs " + b.placement());
        }
        Map<String, JsonElement> optionsA = fields(a);
        Map<String, JsonElement> optionsB = fields(b);
        Set<String> keys = new TreeSet<>(optionsA.keySet());
        keys.addAll(optionsB.keySet());
        for (String key : keys) {
            if (OPTIONS_NOT_AFFECTING_CELLS.contains(OptionsRecord.normalized(key))) {
                continue;
            }
            if (!readByBoth(OptionsRecord.normalized(key), a, b)) {
                continue; // e.g. the send rate changes open-loop cells only
            }
            JsonElement valueA = optionsA.getOrDefault(key, JsonNull.INSTANCE);
            JsonElement valueB = optionsB.getOrDefault(key, JsonNull.INSTANCE);
            if (!valueA.equals(valueB)) {
                differences.add("option " + key + " " + shown(valueA) + " vs " + shown(valueB));
            }
        }
        return differences;
    }

    /**
     * Checks that the sets compare.
     *
     * @throws IncompatibleSetsException naming every difference, unless {@code force}
     */
    public static List<String> check(ResultSet a, ResultSet b, boolean force) {
        List<String> differences = differences(a, b);
        if (!differences.isEmpty() && !force) {
            throw new IncompatibleSetsException(differences);
        }
        return differences;
    }

    /** The set's options as saved; none when it did not record them. */
    private static Map<String, JsonElement> fields(ResultSet set) {
        return set.options() == null ? Map.of() : OptionsRecord.fields(set.options());
    }

    /** False for an option that only some scenario's cells read when one set has none of those cells. */
    private static boolean readByBoth(String option, ResultSet a, ResultSet b) {
        for (ScenarioKind kind : ScenarioKind.values()) {
            if (ScenarioType.of(kind).cellOptions().contains(option) && !(has(a, kind) && has(b, kind))) {
                return false;
            }
        }
        return true;
    }

    private static boolean has(ResultSet set, ScenarioKind kind) {
        return set.cells().stream().anyMatch(cell -> cell.key().scenario() == kind);
    }

    private static String shown(JsonElement value) {
        String text = OptionsRecord.text(value);
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 3) + "...";
    }
}
