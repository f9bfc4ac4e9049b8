package zmqbench.diff;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import zmqbench.protocol.Json;
import zmqbench.results.CellKey;
import zmqbench.results.ResultSet;

/**
 * A {@link SetDiff} as one JSON document, for scripts and CI (snake_case; absent values null):
 * <ul>
 *   <li>{@code format_version} (1), {@code before} and {@code after} (each: {@code path},
 *       {@code tool_version}, {@code created_at}, {@code cells}, {@code complete}),
 *       {@code baseline} (whose ratios were compared; null when absolute figures were),
 *       {@code fallback} (why absolute figures although ratios were asked for, or null),
 *       {@code forced_despite} (setup differences overridden by --force);
 *   <li>{@code counts}: {@code regressed, improved, not_significant, figures, cells, status_changes};
 *   <li>{@code changes}: every figure compared, significant or not: the cell ({@code backend,
 *       scenario, pattern, transport, size, hwm}), {@code figure} (its key, e.g. {@code rtt_p50_ns}),
 *       {@code against} (the baseline when {@code before} and {@code after} are ratios to it, else
 *       null: absolute figures in the figure's stored unit), {@code before} and {@code after}
 *       ({@code median, lower, upper, forks}; an unbounded end is null), {@code change} (B/A - 1 with
 *       its 95% interval, the same fields), {@code verdict} ({@code improved, regressed,
 *       not_significant}) and {@code gated} (whether --fail-on judges the figure);
 *   <li>{@code status_changes} (the cell, {@code before}, {@code after}, {@code broke}),
 *       {@code only_before} and {@code only_after} (cells one set alone has);
 *   <li>{@code gate}: null without --fail-on, else {@code fail_on_percent}, {@code passed},
 *       {@code failures} (as in {@code changes}, worst first) and {@code broken} (as in
 *       {@code status_changes}).
 * </ul>
 */
final class DiffJson {

    private DiffJson() {
    }

    static void write(SetDiff diff, RegressionGate gate, String nameBefore, String nameAfter, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("format_version", 1);
        root.add("before", set(nameBefore, diff.before()));
        root.add("after", set(nameAfter, diff.after()));
        root.addProperty("baseline", diff.baseline());
        root.addProperty("fallback", diff.fallback());
        root.add("forced_despite", strings(diff.forcedDespite()));
        JsonObject counts = new JsonObject();
        for (Verdict verdict : Verdict.values()) {
            counts.addProperty(name(verdict), diff.count(verdict));
        }
        counts.addProperty("figures", diff.changes().size());
        counts.addProperty("cells", diff.changes().stream().map(c -> c.backend() + c.key()).distinct().count());
        counts.addProperty("status_changes", diff.statusChanges().size());
        root.add("counts", counts);
        root.add("changes", changes(diff.changes()));
        root.add("status_changes", statusChanges(diff.statusChanges()));
        root.add("only_before", strings(diff.onlyBefore()));
        root.add("only_after", strings(diff.onlyAfter()));
        root.add("gate", gate == null ? JsonNull.INSTANCE : gate(diff, gate));
        Json.PRETTY.toJson(root, out);
        out.println();
        out.flush();
    }

    private static JsonObject gate(SetDiff diff, RegressionGate gate) {
        JsonObject object = new JsonObject();
        object.addProperty("fail_on_percent", gate.thresholdPercent());
        object.addProperty("passed", gate.passes(diff));
        object.add("failures", changes(gate.failures(diff)));
        object.add("broken", statusChanges(gate.broken(diff)));
        return object;
    }

    private static JsonObject set(String path, ResultSet set) {
        JsonObject object = new JsonObject();
        object.addProperty("path", path);
        object.addProperty("tool_version", set.toolVersion());
        object.addProperty("created_at", set.createdAt());
        object.addProperty("cells", set.cells().size());
        object.addProperty("complete", set.complete());
        return object;
    }

    private static JsonArray changes(List<FigureChange> changes) {
        JsonArray array = new JsonArray();
        for (FigureChange change : changes) {
            JsonObject object = cell(change.backend(), change.key());
            object.addProperty("figure", change.figure().key());
            object.addProperty("against", change.against());
            object.add("before", Json.GSON.toJsonTree(change.before()));
            object.add("after", Json.GSON.toJsonTree(change.after()));
            object.add("change", Json.GSON.toJsonTree(change.change()));
            object.addProperty("verdict", name(change.verdict()));
            object.addProperty("gated", change.figure().gated());
            array.add(object);
        }
        return array;
    }

    private static JsonArray statusChanges(List<StatusChange> changes) {
        JsonArray array = new JsonArray();
        for (StatusChange change : changes) {
            JsonObject object = cell(change.backend(), change.key());
            object.addProperty("before", change.before());
            object.addProperty("after", change.after());
            object.addProperty("broke", change.broke());
            array.add(object);
        }
        return array;
    }

    private static JsonObject cell(String backend, CellKey key) {
        JsonObject object = new JsonObject();
        object.addProperty("backend", backend);
        object.addProperty("scenario", key.scenario().cliName());
        object.addProperty("pattern", key.pattern().cliName());
        object.addProperty("transport", key.transport().cliName());
        object.addProperty("size", key.size());
        object.addProperty("hwm", key.hwm());
        return object;
    }

    private static String name(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
