package zmqbench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import zmqbench.protocol.Json;
import zmqbench.report.text.MarkdownTable;
import zmqbench.report.text.TextTable;
import zmqbench.results.Estimate;
import zmqbench.sweep.BackendSweep;
import zmqbench.sweep.RateSweep;
import zmqbench.sweep.SweepStep;

/**
 * A rate sweep in any report format: the knee per backend, then every step (terminal table,
 * Markdown); one row per step (CSV); the sweep with each knee (JSON); the HTML page with the chart.
 */
public final class RateSweepReport {

    private RateSweepReport() {
    }

    public static void write(ReportFormatType format, ReportOptions options, RateSweep sweep, PrintWriter out) {
        switch (format) {
            case TABLE -> {
                for (String line : TextTable.render(RateSweepTables.knees(sweep), options.widthColumns(),
                        options.color())) {
                    out.println(line);
                }
                out.println();
                for (String line : TextTable.render(RateSweepTables.steps(sweep), options.widthColumns(),
                        options.color())) {
                    out.println(line);
                }
            }
            case MD -> {
                MarkdownTable.render(RateSweepTables.knees(sweep), 2).forEach(out::println);
                out.println();
                MarkdownTable.render(RateSweepTables.steps(sweep), 2).forEach(out::println);
            }
            case CSV -> out.print(csv(sweep));
            case JSON -> out.println(Json.PRETTY.toJson(json(sweep)));
            case HTML -> out.print(RateSweepHtml.page(sweep));
        }
        out.flush();
    }

    /** The columns of {@link #csv}, one row per backend and step. */
    static final List<String> CSV_HEADER = List.of("cell", "p99_limit_ns", "backend", "rate_msgs_per_sec", "p99_ns",
            "p99_lower_ns", "p99_upper_ns", "forks", "achieved_rate_percent", "verdict", "knee");

    static String csv(RateSweep sweep) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (BackendSweep backend : sweep.backends()) {
            SweepStep knee = backend.knee();
            for (SweepStep step : backend.steps()) {
                Estimate p99 = step.p99Ns();
                List<String> row = new ArrayList<>(List.of(sweep.cell(), Long.toString(sweep.p99LimitNs()),
                        backend.backend(), Long.toString(step.rate())));
                row.add(p99 == null ? "" : Long.toString(Math.round(p99.median())));
                row.add(p99 == null ? "" : Long.toString(Math.round(p99.lower())));
                row.add(p99 == null ? "" : Long.toString(Math.round(p99.upper())));
                row.add(p99 == null ? "" : Integer.toString(p99.forks()));
                row.add(step.achievedPercent() == null ? "" : Double.toString(step.achievedPercent().median()));
                row.add(Json.GSON.toJsonTree(step.verdict()).getAsString());
                row.add(Boolean.toString(step == knee));
                out.append(String.join(",", row.stream().map(CsvReport::quote).toList())).append("\r\n");
            }
        }
        return out.toString();
    }

    /** The sweep as stored, with each backend's knee (null when even the first rate did not hold) and why it ended. */
    static JsonObject json(RateSweep sweep) {
        JsonObject root = Json.GSON.toJsonTree(sweep).getAsJsonObject();
        JsonArray knees = new JsonArray();
        for (BackendSweep backend : sweep.backends()) {
            JsonObject knee = new JsonObject();
            knee.addProperty("backend", backend.backend());
            SweepStep step = backend.knee();
            JsonElement kneeStep = step == null ? null : Json.GSON.toJsonTree(step);
            knee.add("knee", kneeStep);
            knee.addProperty("ladder_ended", backend.stop());
            knees.add(knee);
        }
        root.add("knees", knees);
        return root;
    }
}
