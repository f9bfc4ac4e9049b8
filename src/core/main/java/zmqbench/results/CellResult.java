package zmqbench.results;

import java.util.List;
import java.util.Map;

/**
 * One backend's result for one cell, over all its forks.
 *
 * @param figures named estimates across forks, e.g. {@code rtt_p50_ns}, {@code msgs_per_sec}
 *     (see {@link Figure} for the names)
 * @param rttNs round-trip percentiles of all forks' samples together (latency only)
 * @param rttCurve the same distribution as a percentile curve, for charts (latency only)
 * @param status {@code ok}, or why the cell failed (lost messages, a crashed worker, ...)
 * @param notes footnotes that qualify the figures, e.g. JeroMQ's ipc being TCP underneath
 */
public record CellResult(
        String backend,
        String backendVersion,
        String libzmqVersion,
        CellKey key,
        String placement,
        long messagesSent,
        long messagesReceived,
        LatencySummary rttNs,
        List<PercentilePoint> rttCurve,
        Map<String, Estimate> figures,
        List<ForkResult> forks,
        String status,
        List<String> notes) {

    /** Null collections (e.g. absent from a JSON file) read as empty ones. */
    public CellResult {
        rttCurve = rttCurve == null ? List.of() : rttCurve;
        figures = figures == null ? Map.of() : figures;
        forks = forks == null ? List.of() : forks;
        notes = notes == null ? List.of() : notes;
    }

    public boolean ok() {
        return "ok".equals(status);
    }

    /** The estimate of {@code figure}, or null when this cell has none. */
    public Estimate figure(Figure figure) {
        return figures.get(figure.key());
    }
}
