package zmqbench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import zmqbench.results.Estimate;
import zmqbench.stats.ToDecide;

/**
 * The summary as the JSON report's first field, one object per backend and cell:
 * {@code scenario, pattern, transport, size, hwm, backend, figure} (its key, e.g. {@code rtt_p50_ns}),
 * {@code value} (median, lower, upper, forks; stored units), {@code half_width_percent} (the wider
 * side, relative to the median), {@code converged} (false when the run's precision was not
 * reached), {@code ratio} (to the baseline, with its interval; null for the baseline) and
 * {@code verdict} (faster, slower, same, undecided, baseline, failed, or "": against the run's margin)
 * and {@code verdict_text} (the same for people: "RTT p50 21% lower", "same (within ±5%)"), and
 * {@code to_decide} for an undecided ratio (else null): the {@code bound} its interval reaches across,
 * the centre's {@code distance_percent} from it, the {@code data_factor} (times this run's pairs and
 * rounds, null when no run can) and, for a sliced cell, the {@code rounds_factor} (times its rounds,
 * the pairs as they are; null when rounds alone cannot).
 */
final class SummaryJson {

    private SummaryJson() {
    }

    static JsonArray of(ResultGrid grid) {
        JsonArray summary = new JsonArray();
        for (Summary.Row row : Summary.rows(grid)) {
            JsonObject entry = new JsonObject();
            entry.addProperty("scenario", row.key().scenario().cliName());
            entry.addProperty("pattern", row.key().pattern().cliName());
            entry.addProperty("transport", row.key().transport().cliName());
            entry.addProperty("size", row.key().size());
            entry.addProperty("hwm", row.key().hwm());
            entry.addProperty("backend", row.backend());
            entry.addProperty("figure", row.figure().key());
            entry.add("value", estimate(row.value()));
            entry.add("half_width_percent", Double.isFinite(row.halfWidth())
                    ? new JsonPrimitive(row.halfWidth() * 100.0) : JsonNull.INSTANCE);
            entry.addProperty("converged", row.converged());
            entry.add("ratio", estimate(row.ratio()));
            entry.addProperty("verdict", row.verdict());
            entry.addProperty("verdict_text", row.phrase());
            entry.add("to_decide", toDecide(row.toDecide()));
            summary.add(entry);
        }
        return summary;
    }

    private static JsonElement toDecide(ToDecide toDecide) {
        if (toDecide == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject object = new JsonObject();
        object.addProperty("bound", toDecide.bound());
        object.addProperty("distance_percent", toDecide.distance() * 100.0);
        object.add("data_factor", finite(toDecide.dataFactor()));
        if (!Double.isNaN(toDecide.roundsFactor())) {
            object.add("rounds_factor", finite(toDecide.roundsFactor()));
        }
        return object;
    }

    private static JsonElement estimate(Estimate estimate) {
        if (estimate == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject object = new JsonObject();
        object.add("median", finite(estimate.median()));
        object.add("lower", finite(estimate.lower()));
        object.add("upper", finite(estimate.upper()));
        object.addProperty("forks", estimate.forks());
        return object;
    }

    /** JSON has no infinity: an unbounded end is null. */
    private static JsonElement finite(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }
}
