package zmqbench.report;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Map;
import zmqbench.results.CellLatency;
import zmqbench.results.CellResult;
import zmqbench.results.Estimate;
import zmqbench.results.Figure;
import zmqbench.protocol.Json;
import zmqbench.results.ResultSet;
import zmqbench.results.ResultStore;

/**
 * The whole result set as one JSON document (snake_case, as stored; readable back with
 * {@code ResultStore.read}), after a {@code summary} array that answers first ({@link SummaryJson}).
 * Each record in {@code cells} starts with flat fields for scripts
 * ({@code jq '.cells[] | [.backend, .size, .rtt_ns.p50]'}):
 * {@code backend, scenario, pattern, transport, size, hwm, status, messages_sent,
 * messages_received, rtt_ns} (latency: count, min, p50, p90, p99, p999, p9999, max, mean, stddev in
 * ns; open-loop: corrected for coordinated omission, from the intended send time; null for
 * throughput), {@code rtt_uncorrected_ns} (open-loop: the same from the actual send; else null),
 * {@code not_steady_forks} (the forks, by number, whose auto warm-up hit its cap before steady
 * state: measured anyway, kept in the figures, and named in the notes; empty when none),
 * {@code msgs_per_sec, mb_per_sec} (medians across forks; null for
 * latency) and {@code ratios} (figure key to the ratio to the baseline's median, with lower and
 * upper; empty for the baseline, and for shares, whose ratio means nothing), then the full record.
 * The document opens with {@code schema_version} ({@link ResultStore#SCHEMA_VERSION}). Absent values
 * are null, not missing, and so is every "not measured" (never -1) and the library's default HWM.
 */
public final class JsonReport implements ReportFormat {

    private static final Gson GSON = Json.PRETTY;

    @Override
    public void write(ResultSet results, PrintWriter out) {
        ResultGrid grid = ResultGrid.of(results);
        // The answer first, then the set as stored.
        JsonObject answer = new JsonObject();
        answer.add("summary", SummaryJson.of(grid));
        GSON.toJsonTree(results).getAsJsonObject().entrySet().forEach(e -> answer.add(e.getKey(), e.getValue()));
        JsonArray cells = new JsonArray();
        for (CellResult cell : results.cells()) {
            cells.add(record(cell, grid));
        }
        answer.add("cells", cells);
        GSON.toJson(ResultStore.versioned(answer), out);
        out.println();
        out.flush();
    }

    private static JsonObject record(CellResult cell, ResultGrid grid) {
        JsonObject flat = new JsonObject();
        flat.addProperty("backend", cell.backend());
        flat.addProperty("scenario", cell.key().scenario().cliName());
        flat.addProperty("pattern", cell.key().pattern().cliName());
        flat.addProperty("transport", cell.key().transport().cliName());
        flat.addProperty("size", cell.key().size());
        flat.addProperty("hwm", cell.key().hwm());
        if (cell.key().pacing().gapNs() > 0) {
            flat.addProperty("gap_ns", cell.key().pacing().gapNs()); // sparse: a cell per gap
        }
        flat.addProperty("status", cell.status());
        flat.addProperty("messages_sent", cell.messages().messagesSent());
        flat.addProperty("messages_received", cell.messages().messagesReceived());
        CellLatency latency = cell.latency();
        flat.add("rtt_ns", latency.rttNs() == null ? JsonNull.INSTANCE : GSON.toJsonTree(latency.rttNs()));
        flat.add("rtt_uncorrected_ns", latency.rttUncorrectedNs() == null ? JsonNull.INSTANCE
                : GSON.toJsonTree(latency.rttUncorrectedNs()));
        JsonArray notSteady = new JsonArray();
        cell.notSteadyForks().forEach(notSteady::add);
        flat.add("not_steady_forks", notSteady);
        flat.add("msgs_per_sec", median(cell, Figure.MSGS_PER_SEC));
        flat.add("mb_per_sec", median(cell, Figure.MB_PER_SEC));
        JsonObject ratios = new JsonObject();
        String baseline = grid.baseline();
        CellResult base = baseline == null ? null : grid.cell(baseline, cell.key());
        if (base != null && base != cell) {
            for (Figure figure : Figure.values()) {
                Estimate ratio = BaselineRatio.of(cell, base, figure);
                if (ratio != null) {
                    ratios.add(figure.key(), GSON.toJsonTree(ratio));
                }
            }
        }
        flat.add("ratios", ratios);
        for (Map.Entry<String, JsonElement> field : GSON.toJsonTree(cell).getAsJsonObject().entrySet()) {
            if (!flat.has(field.getKey())) {
                flat.add(field.getKey(), field.getValue());
            }
        }
        return flat;
    }

    private static JsonElement median(CellResult cell, Figure figure) {
        Estimate estimate = cell.figure(figure);
        return estimate == null || !Double.isFinite(estimate.median())
                ? JsonNull.INSTANCE
                : GSON.toJsonTree(estimate.median());
    }
}
